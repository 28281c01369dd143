package fr.hautsdeseine.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CKAN and Opendatasoft portals: their DCAT endpoint when they have one, else their JSON API mapped to DCAT-AP. */
class PortalHarvestTest {
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
    void a_ckan_portal_with_a_dcat_endpoint_is_read_through_it() {
        partner.on("/ckan/catalog.ttl", PartnerServer.body(404, "text/plain", "no"));
        partner.on("/ckan/catalog.rdf", PartnerServer.body(200, "application/rdf+xml", PartnerCatalogs.fixture("ckanext-dcat--catalog.rdf")));

        HarvestReport report = harvest.add("ckan", partner.url("/ckan"), SourceType.CKAN);

        assertThat(report.counts().created()).isEqualTo(2);
        assertThat(report.pages()).isEqualTo(1);
    }

    @Test
    void a_ckan_portal_without_one_is_read_through_package_search_page_by_page() {
        partner.on("/ckan/api/3/action/package_search?rows=100&start=0", json("ckan-page-1.json"));
        partner.on("/ckan/api/3/action/package_search?rows=100&start=2", json("ckan-page-2.json"));

        HarvestReport report = harvest.add("ckan", partner.url("/ckan/"), SourceType.CKAN);

        assertThat(report.counts().created()).isEqualTo(3);
        Graph velos = harvest.store.record("c0ffee01-0000-4000-8000-000000000001").orElseThrow();
        Node dataset = NodeFactory.createURI(partner.url("/ckan/dataset/velos-en-libre-service"));
        Node distribution = NodeFactory.createURI(partner.url("/ckan/dataset/velos-en-libre-service/resource/r1"));
        assertThat(velos.contains(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralString("Vélos en libre-service"))).isTrue();
        assertThat(velos.contains(dataset, DCTerms.description.asNode(), NodeFactory.createLiteralString("Stations et disponibilité."))).isTrue();
        assertThat(velos.contains(dataset, DCAT.keyword.asNode(), NodeFactory.createLiteralString("vélo"))).isTrue();
        assertThat(velos.contains(dataset, DCTerms.license.asNode(), NodeFactory.createURI(DcatGraphBuilder.ODBL))).isTrue();
        assertThat(velos.contains(dataset, DCTerms.publisher.asNode(), NodeFactory.createURI(partner.url("/ckan/organization/ville-de-nanterre")))).isTrue();
        assertThat(velos.contains(distribution, DCAT.downloadURL.asNode(), NodeFactory.createURI("https://data.nanterre.example/velos.csv"))).isTrue();
        assertThat(velos.contains(distribution, DCAT.mediaType.asNode(), NodeFactory.createURI("https://www.iana.org/assignments/media-types/text/csv"))).isTrue();
        assertThat(velos.contains(distribution, DCAT.byteSize.asNode(), Node.ANY)).isTrue();
        Graph bancs = harvest.store.record("c0ffee01-0000-4000-8000-000000000003").orElseThrow();
        assertThat(bancs.contains(Node.ANY, DCTerms.license.asNode(), NodeFactory.createURI(DcatGraphBuilder.ETALAB_LICENCE))).isTrue();
    }

    @Test
    void an_opendatasoft_portal_with_a_dcat_export_is_read_through_it() {
        partner.on("/api/explore/v2.1/catalog/exports/dcat", PartnerServer.body(200, "application/rdf+xml",
                PartnerCatalogs.fixture("ckanext-dcat--catalog.rdf")));

        HarvestReport report = harvest.add("ods", partner.url("/"), SourceType.ODS);

        assertThat(report.counts().created()).isEqualTo(2);
    }

    @Test
    void an_opendatasoft_portal_without_one_is_read_through_its_catalog_api() {
        partner.on("/api/explore/v2.1/catalog/datasets?limit=100&offset=0", json("ods-page-1.json"));

        HarvestReport report = harvest.add("ods", partner.url(""), SourceType.ODS);

        assertThat(report.counts().created()).isEqualTo(2);
        Graph musees = harvest.store.record("musees-du-departement").orElseThrow();
        Node dataset = NodeFactory.createURI(partner.url("/explore/dataset/musees-du-departement/"));
        Node csv = NodeFactory.createURI(partner.url("/api/explore/v2.1/catalog/datasets/musees-du-departement/exports/csv"));
        assertThat(musees.contains(dataset, DCAT.distribution.asNode(), csv)).isTrue();
        assertThat(musees.contains(csv, DCTerms.format.asNode(),
                NodeFactory.createURI("http://publications.europa.eu/resource/authority/file-type/CSV"))).isTrue();
        assertThat(musees.contains(dataset, DCTerms.license.asNode(), NodeFactory.createURI(DcatGraphBuilder.ETALAB_LICENCE))).isTrue();
        assertThat(musees.contains(dataset, DCAT.keyword.asNode(), NodeFactory.createLiteralString("musée"))).isTrue();
        assertThat(harvest.store.record("arbres-remarquables").orElseThrow()
                .contains(Node.ANY, DCTerms.license.asNode(), NodeFactory.createURI(DcatGraphBuilder.ODBL))).isTrue();
    }

    @Test
    void a_json_api_page_that_is_not_json_changes_nothing() {
        partner.on("/api/explore/v2.1/catalog/datasets?limit=100&offset=0", PartnerServer.body(200, "application/json", "{oops"));

        HarvestReport report = harvest.add("ods", partner.url(""), SourceType.ODS);

        assertThat(report.complete()).isFalse();
        assertThat(report.errors()).singleElement().asString().startsWith("page <"
                + partner.url("/api/explore/v2.1/catalog/datasets?limit=100&offset=0") + "> is not well-formed JSON: ");
        assertThat(harvest.store.recordIds()).isEmpty();
    }

    private static PartnerServer.Answer json(String name) {
        return PartnerServer.body(200, "application/json", TestCatalog.resource("/harvest/" + name));
    }
}
