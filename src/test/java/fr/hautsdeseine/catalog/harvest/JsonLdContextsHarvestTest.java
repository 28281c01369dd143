package fr.hautsdeseine.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.hautsdeseine.catalog.validation.OfficialShapes;
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

/** JSON-LD pages that name a remote context: the well-known ones are read locally, any other fails the page. */
class JsonLdContextsHarvestTest {
    private static final String POD_CONTEXT = "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld";
    private static final ObjectMapper JSON = new ObjectMapper();

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
    void a_dcat_us_data_json_with_the_remote_project_open_data_context_harvests_as_dcat_ap() throws Exception {
        partner.on("/data.json", PartnerServer.body(200, "application/json", withRemoteContext(POD_CONTEXT)));

        HarvestReport report = harvest.add("agency", partner.url("/data.json"), SourceType.DCAT);

        assertThat(report.complete()).isTrue();
        assertThat(report.counts().created()).isEqualTo(1);
        Graph record = harvest.store.record("widgets-0001").orElseThrow();
        Node dataset = NodeFactory.createURI("http://www.agency.gov/datasets/widgets-data");
        assertThat(record.contains(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralString("U.S. Widget Manufacturing Statistics"))).isTrue();
        assertThat(record.contains(dataset, DCTerms.accrualPeriodicity.asNode(),
                NodeFactory.createURI("http://publications.europa.eu/resource/authority/frequency/ANNUAL"))).isTrue();
        assertThat(record.contains(dataset, DCAT.contactPoint.asNode(), Node.ANY)).isTrue();
        assertThat(record.contains(dataset, DCTerms.language.asNode(),
                NodeFactory.createURI("http://publications.europa.eu/resource/authority/language/ENG"))).isTrue();
        assertThat(record.find(dataset, DCAT.distribution.asNode(), Node.ANY).toList()).hasSize(4);
        Node period = record.find(dataset, DCTerms.temporal.asNode(), Node.ANY).next().getObject();
        assertThat(record.contains(period, DCAT.startDate.asNode(), Node.ANY)).isTrue();
        assertThat(report.notes()).extracting(HarvestReport.Note::note).contains("repaired dct:temporal on <" + dataset.getURI()
                + "> (\"2009-09-01T12:00:00Z/2010-05-31T12:00:00Z\"): interval kept as a dct:PeriodOfTime");
        assertThat(OfficialShapes.load().violations(record)).isEmpty();
    }

    @Test
    void a_page_whose_remote_context_is_unknown_fails_with_the_documented_message_and_stores_nothing() throws Exception {
        partner.on("/data.json", PartnerServer.body(200, "application/json", withRemoteContext("https://contexts.example/mine.jsonld")));

        HarvestReport report = harvest.add("agency", partner.url("/data.json"), SourceType.DCAT);

        assertThat(report.complete()).isFalse();
        assertThat(report.errors()).singleElement().asString()
                .startsWith("page <" + partner.url("/data.json") + "> is not well-formed application/ld+json: ")
                .contains("remote JSON-LD context <https://contexts.example/mine.jsonld> is not fetched; embed the context in"
                        + " the document, or name one of the known contexts (DCAT-US 1.1, schema.org, DCAT-AP, W3C DCAT)");
        assertThat(harvest.store.recordIds()).isEmpty();
    }

    /** The ckanext-dcat data.json example, with its inline contexts replaced by one remote context, as data.json files are published. */
    private static String withRemoteContext(String context) throws Exception {
        JsonNode document = JSON.readTree(PartnerCatalogs.fixture("ckanext-dcat--catalog_pod.jsonld"));
        removeContexts(document);
        ObjectNode root = JSON.createObjectNode().put("@context", context);
        root.setAll((ObjectNode) document);
        return JSON.writeValueAsString(root);
    }

    private static void removeContexts(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("@context");
        }
        node.forEach(JsonLdContextsHarvestTest::removeContexts);
    }
}
