package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WriteApiTest {
    private static final String TURTLE = "text/turtle";
    private static final String COUNT_DATASETS = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dcat:Dataset }""";

    @FreshCatalog
    private TestCatalog catalog;

    @Test
    void put_creates_a_record_that_sparql_sees_at_once() {
        HttpResponse<String> response = catalog.write("PUT", "/api/datasets/colleges", TURTLE, resource("one-dataset.ttl"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"outcome\":\"created\"");
        assertThat(catalog.sparql("""
                SELECT ?title WHERE { GRAPH <%s/graphs/datasets/colleges> {
                  <https://example.org/datasets/colleges> <http://purl.org/dc/terms/title> ?title } }"""
                .formatted(catalog.server().config().baseUrl())))
                .contains("Collèges du département");
    }

    @Test
    void put_again_replaces_the_record() {
        catalog.write("PUT", "/api/datasets/colleges", TURTLE, resource("one-dataset.ttl"));

        HttpResponse<String> response = catalog.write("PUT", "/api/datasets/colleges", TURTLE,
                resource("one-dataset.ttl").replace("publics et privés", "publics"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"outcome\":\"updated\"");
        String descriptions = catalog.sparql("SELECT ?d WHERE { ?s <http://purl.org/dc/terms/description> ?d }");
        assertThat(descriptions).contains("Liste des collèges publics.").doesNotContain("privés");
    }

    @Test
    void put_of_a_body_naming_another_record_is_refused() {
        HttpResponse<String> response = catalog.write("PUT", "/api/datasets/parcs", TURTLE, resource("one-dataset.ttl"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("The body describes record 'colleges' (from its dct:identifier) but the URL names 'parcs'");
        assertThat(datasetCount()).isZero();
    }

    @Test
    void post_stores_every_record_of_a_document() {
        HttpResponse<String> response = catalog.write("POST", "/api/datasets", TURTLE, resource("catalog-of-two.ttl"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"count\":2");
        assertThat(datasetCount()).isEqualTo(2);
    }

    @Test
    void a_document_with_one_bad_dataset_stores_none() {
        HttpResponse<String> response = catalog.write("POST", "/api/datasets", TURTLE, resource("dataset-without-identifier.ttl"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Dataset <https://example.org/datasets/parcs> has no dct:identifier");
        assertThat(datasetCount()).isZero();
    }

    @Test
    void malformed_body_is_a_400_with_line_and_column_and_writes_nothing() {
        HttpResponse<String> response = catalog.write("POST", "/api/datasets", TURTLE, resource("malformed-at-line-5.ttl"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"line\":5").contains("\"column\":").contains("The body is not well-formed: line 5, column ");
        assertThat(datasetCount()).isZero();
    }

    @Test
    void unknown_content_type_is_a_415_listing_the_accepted_ones() {
        HttpResponse<String> response = catalog.write("POST", "/api/datasets", "application/pdf", "%PDF");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("Content-Type 'application/pdf' is not supported; send one of: text/turtle,"
                + " application/rdf+xml, application/ld+json, application/n-triples, application/n-quads, application/trig");
    }

    @Test
    void a_body_over_the_limit_is_a_413_and_writes_nothing() {
        catalog.restart(config -> config.withMaxBodyBytes(1000));
        String padded = resource("one-dataset.ttl") + "#".repeat(2000) + "\n";

        HttpResponse<String> response = catalog.write("POST", "/api/datasets", TURTLE, padded);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("The request body is larger than the limit of 1000 bytes");
        assertThat(datasetCount()).isZero();
    }

    @Test
    void a_wrong_token_is_a_401_and_no_token_configured_is_a_403() {
        HttpResponse<String> wrong = catalog.send("POST", "/api/datasets", TURTLE,
                resource("one-dataset.ttl").getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer nope");
        HttpResponse<String> missing = catalog.send("POST", "/api/datasets", TURTLE,
                resource("one-dataset.ttl").getBytes(StandardCharsets.UTF_8));
        catalog.restart(config -> config.withAdminToken(null));
        HttpResponse<String> disabled = catalog.write("POST", "/api/datasets", TURTLE, resource("one-dataset.ttl"));

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("The bearer token is not valid");
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(disabled.statusCode()).isEqualTo(403);
        assertThat(disabled.body()).contains("The write API is disabled: start the server with CATALOG_ADMIN_TOKEN set");
        assertThat(datasetCount()).isZero();
    }

    @Test
    void delete_withdraws_a_record_and_404s_when_there_is_none() {
        catalog.write("PUT", "/api/datasets/colleges", TURTLE, resource("one-dataset.ttl"));

        assertThat(catalog.delete("/api/datasets/colleges").statusCode()).isEqualTo(204);
        HttpResponse<String> again = catalog.delete("/api/datasets/colleges");

        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("No record 'colleges'");
        assertThat(datasetCount()).isZero();
    }

    @Test
    void a_clash_with_another_dataset_is_a_409() {
        catalog.write("PUT", "/api/datasets/colleges", TURTLE, resource("one-dataset.ttl"));

        HttpResponse<String> response = catalog.write("PUT", "/api/datasets/colleges", TURTLE,
                resource("one-dataset.ttl").replace("https://example.org/datasets/colleges", "https://other.example/c"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("Record id 'colleges' already belongs to dataset <https://example.org/datasets/colleges>");
    }

    @Test
    void json_ld_and_rdf_xml_bodies_are_accepted() {
        String jsonld = convert(resource("one-dataset.ttl"), org.apache.jena.riot.Lang.JSONLD);
        String rdfxml = convert(resource("catalog-of-two.ttl").replace("\"colleges\"", "\"colleges-bis\""),
                org.apache.jena.riot.Lang.RDFXML);

        assertThat(catalog.write("PUT", "/api/datasets/colleges", "application/ld+json", jsonld).statusCode()).isEqualTo(201);
        HttpResponse<String> post = catalog.write("POST", "/api/datasets", "application/rdf+xml; charset=utf-8",
                rdfxml.replace("https://example.org/datasets/colleges", "https://example.org/datasets/colleges-bis"));

        assertThat(post.statusCode()).isEqualTo(201);
        assertThat(datasetCount()).isEqualTo(3);
    }

    private static String convert(String turtle, org.apache.jena.riot.Lang lang) {
        var graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(turtle, org.apache.jena.riot.Lang.TURTLE).parse(graph);
        var out = new java.io.ByteArrayOutputStream();
        org.apache.jena.riot.RDFDataMgr.write(out, graph, lang);
        return out.toString(StandardCharsets.UTF_8);
    }

    private int datasetCount() {
        String json = catalog.sparql(COUNT_DATASETS);
        return Integer.parseInt(json.replaceAll("(?s).*\"value\"\\s*:\\s*\"(\\d+)\".*", "$1"));
    }

    private static String resource(String name) {
        return TestCatalog.resource("/records/" + name);
    }
}
