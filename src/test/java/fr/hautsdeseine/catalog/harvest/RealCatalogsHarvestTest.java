package fr.hautsdeseine.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.validation.OfficialShapes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real partner catalogs, served as published: every dataset with a title and an identity is stored,
 * conforming to SEMIC's official DCAT-AP 3 shapes, with its repairs and drops in the report; a
 * rerun changes nothing.
 */
class RealCatalogsHarvestTest {
    /** The official shapes' pattern refuses SPDX's own algorithm IRIs: an upstream bug (docs/shapes.md). */
    private static final String SPDX_ALGORITHM = "<http://spdx.org/rdf/terms#algorithm>";

    /** Links to a data service or a dataset stored as a record of its own: its class is stated there, not here. */
    private static final List<String> CROSS_RECORD_LINKS = List.of(
            "<http://www.w3.org/ns/dcat#accessService>", "<http://www.w3.org/ns/dcat#servesDataset>");

    private static OfficialShapes official;

    @TempDir
    Path dir;

    private PartnerServer partner;
    private HarvestFixture harvest;

    @BeforeAll
    static void loadOfficialShapes() {
        official = OfficialShapes.load();
    }

    @BeforeEach
    void start() {
        partner = new PartnerServer();
        harvest = new HarvestFixture(dir);
    }

    @AfterEach
    void stop() {
        harvest.close();
        partner.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 3 datasets and Paris 2024's Explore API, a data service with an identity.
            "udata--bnodes.xml | application/rdf+xml | 4 | dropped locn:geometry on the dct:spatial of",
            "udata--bnodes.jsonld | application/ld+json | 3 | repaired dcat:theme on <http://localhost:8080/datasets/1> (\"Theme 1\"): text kept as a dcat:keyword",
            "ckanext-dcat--catalog.rdf | application/rdf+xml | 2 | ",
            "ckanext-dcat--catalog_with_at_graph.jsonld | application/ld+json | 1 | repaired dct:identifier on <https://ckan.example.org/dataset/d4ce4e6e-ab89-44cb-bf5c-33a162c234de#dataset>: none given: its IRI stands as identifier",
            "udata--sig.oreme.rdf | application/rdf+xml | 1 | repaired foaf:name on <https://sig.oreme.org/geonetwork/srv/eng/catalog.search#/metadata//organizations/UMR%20G%C3%A9osciences%20Montpellier%20%28GM%29>: no name nor label: named by the host of its IRI",
            "udata--geonetwork.xml | application/rdf+xml | 1 | repaired IRI on page <",
            "udata--flat.jsonld | application/ld+json | 3 | repaired dcat:accessURL",
            "udata--nested.jsonld | application/ld+json | 1 | repaired spdx:checksumValue on the spdx:checksum of <http://data.test.org/datasets/1/resources/1> (\"fb4106aa286a53be44ec99515f0f0421d4d7ad7d\"): typed as xsd:hexBinary",
            "ckanext-dcat--dataset_gob_es.ttl | text/turtle | 1 | dropped dct:accrualPeriodicity",
            "ckanext-dcat--dataset_sweden.rdf | application/rdf+xml | 1 | repaired dct:identifier on <http://nobelprize.org/datasets/dcat#ds1>: none given: its IRI stands as identifier",
            "ckanext-dcat--catalog_pod.jsonld | application/ld+json | 1 | repaired dct:accrualPeriodicity on <http://www.agency.gov/datasets/widgets-data> (\"R/P1Y\"): text mapped to <http://publications.europa.eu/resource/authority/frequency/ANNUAL>",
    })
    void every_dataset_with_a_title_and_an_identity_is_stored_conforming_and_a_rerun_changes_nothing(
            String file, String mediaType, int stored, String expectedNote) {
        String path = "/catalog" + file.substring(file.lastIndexOf('.'));
        partner.on(path, PartnerServer.body(200, mediaType, PartnerCatalogs.fixture(file)));

        HarvestReport first = harvest.add("partner", partner.url(path), SourceType.DCAT);
        Map<String, Graph> afterFirst = harvest.snapshot();
        HarvestReport second = harvest.run("partner");

        assertThat(first.complete()).as(String.join("; ", first.errors())).isTrue();
        assertThat(first.rejected()).isEmpty();
        assertThat(first.counts().created()).isEqualTo(stored);
        if (expectedNote != null) {
            assertThat(first.notes()).extracting(HarvestReport.Note::note).anySatisfy(note -> assertThat(note).startsWith(expectedNote));
        }
        afterFirst.forEach((id, record) -> assertThat(official.violations(record)).as(id)
                .filteredOn(violation -> !violation.endsWith(SPDX_ALGORITHM) && CROSS_RECORD_LINKS.stream().noneMatch(violation::endsWith))
                .isEmpty());
        assertThat(second.counts()).isEqualTo(new HarvestReport.Counts(0, 0, stored, 0, 0, 0));
        assertThat(HarvestFixture.same(afterFirst, harvest.snapshot())).isTrue();
    }

    @Test
    void each_repair_and_drop_says_what_where_and_the_original_value() {
        partner.on("/catalog.ttl", PartnerServer.body(200, "text/turtle", PartnerCatalogs.fixture("ckanext-dcat--dataset_gob_es.ttl")));

        HarvestReport report = harvest.add("madrid", partner.url("/catalog.ttl"), SourceType.DCAT);

        String record = "https-datos-madrid-es-egob-catalogo-300676-0-deporte-encuesta-escuelas-aa92b437";
        String distribution = "<https://datos.gob.es/catalogo/l01280796-estudio-de-satisfaccion-con-el-programa-de-escuelas-municipales"
                + "-de-promocion-deportiva-en-centros-escolares/resource/8d3c2ada-a6dc-4dc5-a0cb-bcda4c1b4935>";
        assertThat(report.notes()).contains(
                new HarvestReport.Note(record, "repaired", "dcat:byteSize", distribution, "43008.0",
                        "repaired dcat:byteSize on " + distribution + " (\"43008.0\"): typed as xsd:nonNegativeInteger"),
                new HarvestReport.Note(record, "repaired", "foaf:name", "<http://datos.gob.es/recurso/sector-publico/org/Organismo/L01280796>", "",
                        "repaired foaf:name on <http://datos.gob.es/recurso/sector-publico/org/Organismo/L01280796>: no name: took its"
                                + " skos:prefLabel \"Ayuntamiento de Madrid\""));
        assertThat(report.notes()).filteredOn(n -> n.property().equals("dct:accrualPeriodicity")).singleElement()
                .satisfies(n -> assertThat(n.action()).isEqualTo("dropped"));
    }

    @Test
    void a_page_that_is_not_well_formed_fails_the_run_with_line_and_column_and_stores_nothing() {
        partner.on("/catalog.ttl", PartnerServer.body(200, "text/turtle", PartnerCatalogs.fixture("ckanext-dcat--dataset.ttl")));

        HarvestReport report = harvest.add("ckan", partner.url("/catalog.ttl"), SourceType.DCAT);

        assertThat(report.complete()).isFalse();
        assertThat(report.errors()).containsExactly("page <" + partner.url("/catalog.ttl")
                + "> is not well-formed text/turtle: line 149, column 17: Undefined prefix: healthdcatap");
        assertThat(harvest.store.recordIds()).isEmpty();
    }

}
