package fr.hautsdeseine.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.ingest.Importer;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.ingest.RecordIds;
import fr.hautsdeseine.catalog.vocab.HDS;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DcatHarvestTest {
    @TempDir
    Path dir;

    private PartnerServer partner;
    private HarvestFixture harvest;

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

    @Test
    void every_page_of_a_hydra_partial_collection_is_harvested_with_origin_and_run() {
        PartnerCatalogs.threePages(partner);

        HarvestReport report = harvest.add("ville", partner.url("/catalog.jsonld?page=1"), SourceType.DCAT);

        assertThat(report.complete()).isTrue();
        assertThat(report.pages()).isEqualTo(3);
        assertThat(report.counts()).isEqualTo(new HarvestReport.Counts(6, 0, 0, 0, 0, 0));
        assertThat(harvest.store.recordIds()).hasSize(6).contains("1", "2", "3", "4");
        Graph one = harvest.store.record("1").orElseThrow();
        Node catalogRecord = harvest.store.iris().catalogRecord("1");
        assertThat(one.find(catalogRecord, HDS.origin.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm())
                .isEqualTo("http://localhost:8080/harvest/sources/ville");
        assertThat(one.contains(catalogRecord, HDS.harvestRun.asNode(), NodeFactory.createURI(report.run()))).isTrue();
        assertThat(report.run()).startsWith("http://localhost:8080/harvest/sources/ville/runs/");
    }

    @Test
    void a_legacy_paged_collection_with_a_literal_next_page_is_followed() {
        PartnerCatalogs.legacyPages(partner);

        HarvestReport report = harvest.add("legacy", partner.url("/legacy.jsonld?page=1"), SourceType.DCAT);

        assertThat(report.pages()).isEqualTo(2);
        assertThat(harvest.store.recordIds()).containsExactly("1", "2", "3", "4");
    }

    @Test
    void relative_iris_resolve_against_the_page_url() {
        partner.on("/partners/bnodes.rdf", PartnerServer.body(200, "application/octet-stream",
                PartnerCatalogs.fixture("udata--bnodes.xml")));

        HarvestReport report = harvest.add("archives", partner.url("/partners/bnodes.rdf"), SourceType.DCAT);

        // Three datasets and the Explore API, a data service with an identity, whose links resolve likewise.
        assertThat(report.counts().created()).isEqualTo(4);
        Graph three = harvest.store.record("3").orElseThrow();
        assertThat(three.contains(NodeFactory.createURI(partner.url("/partners/dataset-3")), DCTerms.identifier.asNode(),
                Node.ANY)).isTrue();
        Graph api = harvest.store.record(RecordIds.fromIdentifier(
                "https://data.paris2024.org/api/explore/v2.1/")).orElseThrow();
        assertThat(api.contains(NodeFactory.createURI("https://data.paris2024.org/api/explore/v2.1/"),
                DCAT.servesDataset.asNode(), NodeFactory.createURI(partner.url("/partners/dataset-3")))).isTrue();
    }

    @Test
    void a_rerun_with_nothing_changed_changes_nothing() {
        PartnerCatalogs.threePages(partner);
        harvest.add("ville", partner.url("/catalog.jsonld?page=1"), SourceType.DCAT);
        Map<String, Graph> before = harvest.snapshot();

        HarvestReport again = harvest.run("ville");

        assertThat(again.counts()).isEqualTo(new HarvestReport.Counts(0, 0, 6, 0, 0, 0));
        assertThat(HarvestFixture.same(before, harvest.snapshot())).isTrue();
    }

    @Test
    void a_dataset_the_source_no_longer_lists_is_withdrawn_after_a_complete_run() {
        PartnerCatalogs.threePages(partner);
        harvest.add("ville", partner.url("/catalog.jsonld?page=1"), SourceType.DCAT);
        partner.on("/catalog.jsonld?page=2", PartnerServer.body(200, PartnerCatalogs.JSONLD,
                PartnerCatalogs.fixture("udata--partial-collection-2.jsonld")));

        HarvestReport report = harvest.run("ville");

        assertThat(report.counts()).isEqualTo(new HarvestReport.Counts(0, 0, 4, 2, 0, 0));
        assertThat(harvest.store.recordIds()).containsExactly("1", "2", "3", "4");
        assertThat(harvest.audit.query(java.util.Optional.empty(), java.util.Optional.empty(), 100))
                .filteredOn(e -> e.action().equals("withdrawn")).hasSize(2)
                .allMatch(e -> e.who().equals("harvest:ville") && e.detail().equals(report.run()));
    }

    @Test
    void a_changed_dataset_is_updated() {
        PartnerCatalogs.threePages(partner);
        harvest.add("ville", partner.url("/catalog.jsonld?page=1"), SourceType.DCAT);
        partner.on("/catalog.jsonld?page=2", PartnerServer.body(200, PartnerCatalogs.JSONLD,
                PartnerCatalogs.pageTwoWithNext(partner.url("/catalog.rdf?page=3")).replace("Dataset 4 description", "Changed")));

        HarvestReport report = harvest.run("ville");

        assertThat(report.counts()).isEqualTo(new HarvestReport.Counts(0, 1, 5, 0, 0, 0));
    }

    @Test
    void a_record_the_portal_owns_is_reported_and_never_overwritten() {
        var ownRecords = new Importer(harvest.store, HarvestFixture.VALIDATOR).parse("""
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                <http://data.test.org/datasets/2> a dcat:Dataset ; dct:identifier "2" ; dct:title "Ours"@fr .
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), RdfSyntax.TURTLE, "http://localhost:8080/");
        harvest.store.putAll(ownRecords, "api");
        Graph ours = harvest.store.record("2").orElseThrow();
        PartnerCatalogs.threePages(partner);

        HarvestReport report = harvest.add("ville", partner.url("/catalog.jsonld?page=1"), SourceType.DCAT);

        assertThat(report.counts()).isEqualTo(new HarvestReport.Counts(5, 0, 0, 0, 0, 1));
        assertThat(report.rejected()).containsExactly(new HarvestReport.Rejected("2", "failed",
                "record '2' belongs to the portal (api); it is not replaced by this source"));
        assertThat(harvest.store.record("2").orElseThrow().isIsomorphicWith(ours)).isTrue();
    }

    @Test
    void a_record_another_source_owns_is_reported_and_never_overwritten() {
        PartnerCatalogs.legacyPages(partner);
        harvest.add("legacy", partner.url("/legacy.jsonld?page=1"), SourceType.DCAT);
        PartnerCatalogs.threePages(partner);

        HarvestReport report = harvest.add("ville", partner.url("/catalog.jsonld?page=1"), SourceType.DCAT);

        assertThat(report.counts().failed()).isEqualTo(4);
        assertThat(report.rejected().get(0).reason()).isEqualTo("record '1' belongs to the harvest source"
                + " <http://localhost:8080/harvest/sources/legacy>; it is not replaced by this source");
        assertThat(harvest.store.recordOrigins()).containsEntry("1", "http://localhost:8080/harvest/sources/legacy");
    }

    @Test
    void an_invalid_record_is_reported_with_its_reason_and_not_stored() {
        partner.on("/one.ttl", PartnerServer.body(200, "text/turtle", """
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                <https://ville.example/d/parcs> a dcat:Dataset ; dct:identifier "parcs" ; dct:title "Parcs"@fr ;
                    dct:description "Les parcs de la ville."@fr .
                <https://ville.example/d/bancs> a dcat:Dataset ; dct:identifier "bancs" .
                [] a dcat:Dataset ; dct:title "Sans identifiant"@fr .
                """));

        HarvestReport report = harvest.add("ville", partner.url("/one.ttl"), SourceType.DCAT);

        assertThat(report.counts()).isEqualTo(new HarvestReport.Counts(1, 0, 0, 0, 2, 0));
        assertThat(report.rejected()).extracting(HarvestReport.Rejected::record).containsExactlyInAnyOrder("bancs", null);
        assertThat(report.rejected()).filteredOn(r -> "bancs".equals(r.record())).singleElement()
                .satisfies(r -> assertThat(r.reason())
                        .contains("dct:title on https://ville.example/d/bancs: Harvesting: a title (dct:title) is mandatory.")
                        .contains("dct:description on https://ville.example/d/bancs: Dataset, dct:description: mandatory value is missing"));
        assertThat(report.rejected()).filteredOn(r -> r.record() == null).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("Dataset \"Sans identifiant\" (a blank node) has no dct:identifier"
                        + " (page <" + partner.url("/one.ttl") + ">)"));
        assertThat(harvest.store.recordIds()).containsExactly("parcs");
    }

    @Test
    void a_host_outside_the_allow_list_is_never_fetched() {
        harvest.close();
        harvest = new HarvestFixture(dir, HarvestFixture.LIMITS.withAllowedHosts("data.ville.example"));
        PartnerCatalogs.threePages(partner);

        HarvestReport report = harvest.add("ville", partner.url("/catalog.jsonld?page=1"), SourceType.DCAT);

        assertThat(report.complete()).isFalse();
        assertThat(report.errors()).containsExactly("<" + partner.url("/catalog.jsonld?page=1")
                + "> is not fetched: host 127.0.0.1 is not in CATALOG_HARVEST_ALLOWED_HOSTS");
        assertThat(partner.requests()).isZero();
    }

    @Test
    void a_next_page_on_another_scheme_is_never_fetched() {
        partner.on("/p1.jsonld", PartnerServer.body(200, PartnerCatalogs.JSONLD,
                PartnerCatalogs.pageTwoWithNext("file:///etc/passwd")));

        HarvestReport report = harvest.add("ville", partner.url("/p1.jsonld"), SourceType.DCAT);

        assertThat(report.errors()).containsExactly("<file:///etc/passwd> is not fetched: only http and https URLs are harvested");
        assertThat(harvest.store.recordIds()).isEmpty();
    }

    @Test
    void reports_are_kept_newest_first() {
        PartnerCatalogs.legacyPages(partner);
        harvest.add("legacy", partner.url("/legacy.jsonld?page=1"), SourceType.DCAT);
        harvest.run("legacy");

        List<HarvestReport> reports = harvest.service.reports("legacy", 10);

        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).counts().unchanged()).isEqualTo(4);
        assertThat(reports.get(1).counts().created()).isEqualTo(4);
    }
}
