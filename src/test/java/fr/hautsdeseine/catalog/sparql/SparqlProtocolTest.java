package fr.hautsdeseine.catalog.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.SharedCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The SPARQL 1.1 Protocol over real HTTP, on the demo catalog. */
@Timeout(60)
class SparqlProtocolTest {
    static final String DCAT = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/> ";
    static final String COUNT = DCAT + "SELECT (COUNT(?d) AS ?n) WHERE { ?d a dcat:Dataset }";
    static final String ONE_TITLE = DCAT + "SELECT ?title WHERE { ?d dct:identifier \"archives-de-la-planete\" ; dct:title ?title FILTER(lang(?title) = 'fr') }";
    static final String CONSTRUCT = DCAT + "CONSTRUCT { ?d dct:title ?t } WHERE { ?d dct:identifier \"archives-de-la-planete\" ; dct:title ?t }";
    private static final ObjectMapper JSON = new ObjectMapper();

    @SharedCatalog
    static TestCatalog catalog;

    static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void get_post_form_and_post_query_body_give_the_same_answer() throws Exception {
        HttpResponse<String> get = catalog.get("/sparql?query=" + q(COUNT), "Accept", "application/sparql-results+json");
        HttpResponse<String> form = catalog.send("POST", "/sparql", "application/x-www-form-urlencoded",
                ("query=" + q(COUNT)).getBytes(StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
        HttpResponse<String> body = catalog.send("POST", "/sparql", "application/sparql-query",
                COUNT.getBytes(StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");

        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(body.statusCode()).isEqualTo(200);
        assertThat(count(get.body())).isEqualTo(50).isEqualTo(count(form.body())).isEqualTo(count(body.body()));
        assertThat(get.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void select_answers_in_json_xml_csv_and_tsv_by_accept_and_by_format() {
        String[][] cases = {
            {"application/sparql-results+json", "json", "application/sparql-results+json", "\"Archives de la Planète\""},
            {"application/sparql-results+xml", "xml", "application/sparql-results+xml", "<literal xml:lang=\"fr\">Archives de la Planète</literal>"},
            {"text/csv", "csv", "text/csv", "title\r\nArchives de la Planète\r\n"},
            {"text/tab-separated-values", "tsv", "text/tab-separated-values", "?title\n\"Archives de la Planète\"@fr\n"},
        };
        for (String[] c : cases) {
            HttpResponse<String> byAccept = catalog.get("/sparql?query=" + q(ONE_TITLE), "Accept", c[0]);
            HttpResponse<String> byFormat = catalog.get("/sparql?format=" + c[1] + "&query=" + q(ONE_TITLE));

            for (HttpResponse<String> response : java.util.List.of(byAccept, byFormat)) {
                assertThat(response.statusCode()).as(c[1]).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(c[1]).startsWith(c[2]);
                assertThat(response.body()).as(c[1]).contains(c[3]);
            }
        }
    }

    @Test
    void ask_answers_a_boolean() throws Exception {
        HttpResponse<String> yes = catalog.get("/sparql?query=" + q(DCAT + "ASK { ?d a dcat:Dataset }"), "Accept", "application/sparql-results+json");
        HttpResponse<String> no = catalog.get("/sparql?query=" + q("ASK { <urn:x:a> <urn:x:b> <urn:x:c> }"), "Accept", "application/sparql-results+xml");

        assertThat(JSON.readTree(yes.body()).get("boolean").asBoolean()).isTrue();
        assertThat(no.body()).contains("<boolean>false</boolean>");
    }

    @Test
    void construct_answers_turtle_rdfxml_jsonld_and_ntriples_that_rdf4j_parses() throws Exception {
        Object[][] cases = {
            {"text/turtle", "ttl", RDFFormat.TURTLE},
            {"application/rdf+xml", "rdf", RDFFormat.RDFXML},
            {"application/ld+json", "jsonld", RDFFormat.JSONLD},
            {"application/n-triples", "nt", RDFFormat.NTRIPLES},
        };
        for (Object[] c : cases) {
            HttpResponse<String> byAccept = catalog.get("/sparql?query=" + q(CONSTRUCT), "Accept", (String) c[0]);
            HttpResponse<String> byFormat = catalog.get("/sparql?format=" + c[1] + "&query=" + q(CONSTRUCT));

            for (HttpResponse<String> response : java.util.List.of(byAccept, byFormat)) {
                assertThat(response.statusCode()).as((String) c[1]).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith((String) c[0]);
                Model model = Rio.parse(new StringReader(response.body()), "", (RDFFormat) c[2]);
                assertThat(model).as((String) c[1]).hasSize(2);
            }
        }
    }

    @Test
    void describe_answers_the_resource_in_turtle() throws Exception {
        String describe = DCAT + "DESCRIBE ?d WHERE { ?d dct:identifier \"archives-de-la-planete\" } LIMIT 1";

        HttpResponse<String> response = catalog.get("/sparql?query=" + q(describe), "Accept", "text/turtle");

        assertThat(response.statusCode()).isEqualTo(200);
        Model model = Rio.parse(new StringReader(response.body()), "", RDFFormat.TURTLE);
        assertThat(model.size()).isGreaterThan(20);
    }

    @Test
    void the_default_graph_is_the_union_and_each_record_is_a_named_graph() throws Exception {
        String base = catalog.server().config().baseUrl();
        String graph = base + "/graphs/datasets/archives-de-la-planete";
        String inGraph = DCAT + "SELECT (COUNT(?d) AS ?n) WHERE { GRAPH <" + graph + "> { ?d a dcat:Dataset } }";
        String fromNamed = DCAT + "SELECT (COUNT(?d) AS ?n) FROM NAMED <" + graph + "> WHERE { GRAPH ?g { ?d a dcat:Dataset } }";

        assertThat(count(catalog.sparql(COUNT))).isEqualTo(50);
        assertThat(count(catalog.sparql(inGraph))).isEqualTo(1);
        assertThat(count(catalog.sparql(fromNamed))).isEqualTo(1);
    }

    @Test
    void default_graph_uri_and_named_graph_uri_choose_the_dataset() throws Exception {
        String graph = catalog.server().config().baseUrl() + "/graphs/datasets/archives-de-la-planete";
        String named = DCAT + "SELECT (COUNT(?d) AS ?n) WHERE { GRAPH ?g { ?d a dcat:Dataset } }";

        HttpResponse<String> byDefault = catalog.get("/sparql?default-graph-uri=" + q(graph) + "&query=" + q(COUNT),
                "Accept", "application/sparql-results+json");
        HttpResponse<String> byNamed = catalog.get("/sparql?named-graph-uri=" + q(graph) + "&query=" + q(named),
                "Accept", "application/sparql-results+json");

        assertThat(count(byDefault.body())).isEqualTo(1);
        assertThat(count(byNamed.body())).isEqualTo(1);
    }

    @Test
    void updates_of_every_form_are_refused_and_write_nothing() {
        String insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        byte[] form = ("update=" + q(insert)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> body = catalog.send("POST", "/sparql", "application/sparql-update", insert.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> posted = catalog.send("POST", "/sparql", "application/x-www-form-urlencoded", form);
        HttpResponse<String> get = catalog.get("/sparql?update=" + q(insert));
        HttpResponse<String> asQuery = catalog.get("/sparql?query=" + q(insert));

        for (HttpResponse<String> refused : java.util.List.of(body, posted, get)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).isEqualTo("This endpoint is read-only: SPARQL Update is refused\n");
        }
        assertThat(asQuery.statusCode()).isEqualTo(400);
        assertThat(asQuery.body()).contains("Parse error");
        assertThat(catalog.sparql("ASK { <urn:x:a> <urn:x:b> <urn:x:c> }")).contains("false");
    }

    @Test
    void other_methods_a_malformed_query_and_an_unknown_format_get_clear_errors() {
        HttpResponse<String> put = catalog.send("PUT", "/sparql", "application/sparql-query", COUNT.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> malformed = catalog.get("/sparql?query=" + q("SELECT * WHERE { ?s ?p }"));
        HttpResponse<String> format = catalog.get("/sparql?format=pdf&query=" + q(COUNT));
        HttpResponse<String> noQuery = catalog.send("POST", "/sparql", "application/x-www-form-urlencoded", "x=1".getBytes(StandardCharsets.UTF_8));

        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, POST, OPTIONS");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).startsWith("Parse error:");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).isEqualTo("Unknown format 'pdf': use json, xml, csv or tsv for SELECT and ASK, "
                + "ttl, rdf, jsonld or nt for CONSTRUCT and DESCRIBE\n");
        assertThat(noQuery.statusCode()).isEqualTo(400);
        assertThat(noQuery.body()).contains("No 'query=' parameter");
    }

    @Test
    void cors_preflight_and_answers_allow_any_origin() {
        HttpResponse<String> preflight = catalog.send(HttpRequest.newBuilder(URI.create(catalog.url("/sparql")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://notebook.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build());
        HttpResponse<String> answer = catalog.get("/sparql?query=" + q(COUNT), "Origin", "https://notebook.example.org");

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST, OPTIONS");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).contains("Content-Type");
        assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("86400");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(answer.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("Retry-After");
    }

    @Test
    void service_description_answers_an_rdf_accept_without_a_query() throws Exception {
        String endpoint = catalog.server().config().baseUrl() + "/sparql";
        String sd = "http://www.w3.org/ns/sparql-service-description#";

        HttpResponse<String> turtle = catalog.get("/sparql", "Accept", "text/turtle");
        HttpResponse<String> jsonld = catalog.get("/sparql", "Accept", "application/ld+json");

        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(turtle.headers().firstValue("Vary")).hasValue("Accept");
        Model model = Rio.parse(new StringReader(turtle.body()), "", RDFFormat.TURTLE);
        var vf = org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance();
        var service = model.filter(null, vf.createIRI(sd, "endpoint"), vf.createIRI(endpoint)).subjects().iterator().next();
        assertThat(model.contains(service, org.eclipse.rdf4j.model.vocabulary.RDF.TYPE, vf.createIRI(sd, "Service"))).isTrue();
        assertThat(model.contains(service, vf.createIRI(sd, "supportedLanguage"), vf.createIRI(sd, "SPARQL11Query"))).isTrue();
        assertThat(model.contains(service, vf.createIRI(sd, "feature"), vf.createIRI(sd, "UnionDefaultGraph"))).isTrue();
        assertThat(model.filter(service, vf.createIRI(sd, "resultFormat"), null)).hasSize(8);
        assertThat(model.filter(null, vf.createIRI(sd, "defaultGraph"), null)).hasSize(1);
        assertThat(jsonld.statusCode()).isEqualTo(200);
        assertThat(Rio.parse(new StringReader(jsonld.body()), "", RDFFormat.JSONLD)).hasSameSizeAs(model);
    }

    @Test
    void a_browser_gets_the_query_page() {
        HttpResponse<String> page = catalog.get("/sparql", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"fr\">").contains("<textarea").contains("assets/sparql/");
    }

    @Test
    void every_example_of_the_query_page_runs_and_returns_something() throws Exception {
        HttpResponse<String> served = catalog.get("/assets/sparql/examples.json");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode examples = JSON.readTree(served.body());
        assertThat(examples.size()).isGreaterThanOrEqualTo(12);

        for (JsonNode example : examples) {
            String query = example.get("query").asText();
            String title = example.get("title").asText();
            HttpResponse<String> answer = catalog.get("/sparql?query=" + q(query),
                    "Accept", "application/sparql-results+json, text/turtle;q=0.9");

            assertThat(answer.statusCode()).as(title + ": " + answer.body()).isEqualTo(200);
            if (answer.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle")) {
                assertThat(Rio.parse(new StringReader(answer.body()), "", RDFFormat.TURTLE)).as(title).isNotEmpty();
            } else {
                assertThat(JSON.readTree(answer.body()).path("results").path("bindings").size()).as(title).isPositive();
            }
        }
    }

    @Test
    void the_page_assets_are_served_from_the_jar_and_nothing_else_is() {
        HttpResponse<String> script = catalog.get("/assets/sparql/query.js");
        HttpResponse<String> style = catalog.get("/assets/sparql/query.css");
        HttpResponse<String> missing = catalog.get("/assets/sparql/nothing.js");
        HttpResponse<String> escape = catalog.get("/assets/sparql/..%2F..%2Flogback.xml");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(escape.statusCode()).isIn(400, 404);
    }

    static long count(String json) throws Exception {
        JsonNode bindings = JSON.readTree(json).path("results").path("bindings");
        return bindings.get(0).get("n").get("value").asLong();
    }
}
