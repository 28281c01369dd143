package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** Every write is validated: a Violation stores nothing and answers 422 with the report. */
class ValidationApiTest {
    private static final String TURTLE = "text/turtle";
    private static final String DATASET = "https://example.org/datasets/colleges";
    private static final String DISTRIBUTION = DATASET + "#csv";

    @FreshCatalog
    private TestCatalog catalog;

    @Test
    void a_record_without_title_is_refused_with_the_focus_node_and_path() {
        HttpResponse<String> response = put(valid().replace("    dct:title \"Collèges du département\"@fr ;\n", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("\"message\":\"1 of 1 records break DCAT-AP or portal rules")
                .contains("\"focusNode\":\"" + DATASET + "\",\"path\":\"dct:title\"")
                .contains("\"severity\":\"Violation\"");
        assertStoreUnchanged();
    }

    @Test
    void a_theme_outside_the_eu_table_is_refused() {
        HttpResponse<String> response = put(valid().replace("data-theme/EDUC", "data-theme/NOT_A_THEME"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"focusNode\":\"" + DATASET + "\",\"path\":\"dcat:theme\"")
                .contains("\"value\":\"http://publications.europa.eu/resource/authority/data-theme/NOT_A_THEME\"");
        assertStoreUnchanged();
    }

    @Test
    void a_byte_size_that_is_not_an_integer_is_refused() {
        HttpResponse<String> response = put(valid().replace("\"1024\"^^xsd:nonNegativeInteger", "\"about 1 kB\""));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("\"focusNode\":\"" + DISTRIBUTION + "\",\"path\":\"dcat:byteSize\"")
                .contains("\"value\":\"\\\"about 1 kB\\\"\"");
        assertStoreUnchanged();
    }

    @Test
    void the_report_is_negotiated_as_shacl_turtle_or_json_ld() {
        String invalid = valid().replace("    dct:title \"Collèges du département\"@fr ;\n", "");

        HttpResponse<String> turtle = catalog.send("PUT", "/api/datasets/colleges", TURTLE,
                invalid.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + TestCatalog.TOKEN, "Accept", "text/turtle");
        HttpResponse<String> jsonld = catalog.send("PUT", "/api/datasets/colleges", TURTLE,
                invalid.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + TestCatalog.TOKEN, "Accept", "application/ld+json");

        assertThat(turtle.statusCode()).isEqualTo(422);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValue("text/turtle; charset=utf-8");
        assertThat(parse(turtle.body(), Lang.TURTLE).contains(org.apache.jena.graph.Node.ANY, SHACL.resultPath,
                org.apache.jena.vocabulary.DCTerms.title.asNode())).isTrue();
        assertThat(jsonld.statusCode()).isEqualTo(422);
        assertThat(parse(jsonld.body(), Lang.JSONLD).contains(org.apache.jena.graph.Node.ANY, SHACL.focusNode,
                org.apache.jena.graph.NodeFactory.createURI(DATASET))).isTrue();
        assertStoreUnchanged();
    }

    @Test
    void warnings_are_stored_with_the_record() {
        assertThat(put(valid()).statusCode()).isEqualTo(201);

        String warnings = catalog.sparql("""
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                SELECT ?path WHERE { GRAPH <%s/graphs/reports/colleges> { ?r sh:resultSeverity sh:Warning ; sh:resultPath ?path } }"""
                .formatted(catalog.server().config().baseUrl()));

        assertThat(warnings).contains("http://data.europa.eu/r5r/availability");
        assertThat(catalog.server().store().report("colleges")).isPresent();
    }

    @Test
    void validate_is_a_dry_run_that_needs_no_token_and_stores_nothing() {
        HttpResponse<String> response = catalog.send("POST", "/api/validate", TURTLE,
                valid().replace("data-theme/EDUC", "data-theme/NOPE").getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"status\":200,\"conforms\":false,\"records\":[{\"id\":\"colleges\",\"conforms\":false");
        assertStoreUnchanged();
    }

    @Test
    void validate_with_the_partner_profile_only_warns_about_portal_rules() {
        String withoutNotice = valid().substring(0, valid().indexOf("    hds:notice")) + "    .\n"
                + valid().substring(valid().indexOf("<https://example.org/datasets/colleges#csv> a dcat:Distribution"));
        withoutNotice = withoutNotice.replace("<https://example.org/datasets/colleges#csv> ;\n    .", "<https://example.org/datasets/colleges#csv> .");

        HttpResponse<String> portal = catalog.send("POST", "/api/validate", TURTLE, withoutNotice.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> partner = catalog.send("POST", "/api/validate?profile=partner", TURTLE,
                withoutNotice.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> unknown = catalog.send("POST", "/api/validate?profile=strict", TURTLE,
                withoutNotice.getBytes(StandardCharsets.UTF_8));

        assertThat(portal.body()).contains("\"conforms\":false").contains("\"path\":\"hds:notice\"");
        assertThat(partner.body()).contains("\"conforms\":true").contains("\"severity\":\"Warning\",\"focusNode\":\""
                + DATASET + "\",\"path\":\"hds:notice\"");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("profile must be 'portal' or 'partner', got 'strict'");
    }

    private HttpResponse<String> put(String body) {
        return catalog.write("PUT", "/api/datasets/colleges", TURTLE, body);
    }

    private void assertStoreUnchanged() {
        assertThat(catalog.server().store().recordIds()).isEmpty();
        assertThat(catalog.server().store().report("colleges")).isEmpty();
    }

    private static Graph parse(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(graph);
        return graph;
    }

    private static String valid() {
        return TestCatalog.resource("/records/one-dataset.ttl");
    }
}
