package fr.hautsdeseine.catalog.sparql;

import static fr.hautsdeseine.catalog.sparql.SparqlProtocolTest.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hautsdeseine.catalog.TestCatalog;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint's limits over real HTTP, on the demo catalog (about 6,000 triples, so that a product of
 * two or three triple patterns is heavy), with a 2 s time limit, 1,000 rows and 2 queries at once.
 */
@Timeout(20)
class SparqlLimitsTest {
    static final String JSON = "application/sparql-results+json";
    static final String CROSS_COUNT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String TIMED_OUT_1S = "Query timed out: it was stopped after 1 s, the time limit of this request; narrow the query or add LIMIT\n";
    static final String TIMED_OUT_2S = TIMED_OUT_1S.replace("after 1 s", "after 2 s");

    @TempDir
    static Path dir;
    static TestCatalog catalog;

    @BeforeAll
    static void start() {
        catalog = TestCatalog.start(TestCatalog.config(dir).withDemo(true).withSparqlLimits(Duration.ofSeconds(2), 1000, 2));
    }

    @AfterAll
    static void stop() {
        catalog.close();
    }

    @Test
    void queries_that_never_yield_a_row_stop_at_the_time_limit_with_a_clear_503() {
        List<String> heavy = List.of(
                CROSS_COUNT,
                "SELECT * { ?a ?b ?c . ?d ?e ?f FILTER(STRLEN(STR(?c)) + STRLEN(STR(?f)) < 0) }",
                "SELECT ?a ?d { ?a ?b ?c . ?d ?e ?f } ORDER BY DESC(STR(?c)) LIMIT 5000",
                "SELECT ?c (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f } GROUP BY ?c ORDER BY DESC(?n)",
                "ASK { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(STR(?i)) < 0) }",
                "CONSTRUCT { ?a <urn:x:p> 'x' } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "DESCRIBE ?a WHERE { ?a ?b ?c . ?d ?e ?f FILTER(STRLEN(STR(?f)) < 0) } LIMIT 10");

        for (String query : heavy) {
            HttpResponse<String> answer = catalog.get("/sparql?timeout=1&query=" + q(query), "Accept", JSON + ", text/turtle");

            assertThat(answer.statusCode()).as(query).isEqualTo(503);
            assertThat(answer.body()).as(query).isEqualTo(TIMED_OUT_1S);
        }
        assertThat(catalog.sparql("ASK {}")).contains("true");
    }

    @Test
    void the_timeout_parameter_may_lower_the_limit_but_never_raise_or_remove_it() {
        HttpResponse<String> higher = catalog.get("/sparql?timeout=100000&query=" + q(CROSS_COUNT), "Accept", JSON);
        HttpResponse<String> pair = catalog.get("/sparql?timeout=" + q("0,100000") + "&query=" + q(CROSS_COUNT), "Accept", JSON);
        HttpResponse<String> word = catalog.get("/sparql?timeout=abc&query=" + q(CROSS_COUNT), "Accept", JSON);
        HttpResponse<String> triple = catalog.get("/sparql?timeout=" + q("1,2,3") + "&query=" + q(CROSS_COUNT), "Accept", JSON);

        assertThat(higher.statusCode()).isEqualTo(503);
        assertThat(higher.body()).isEqualTo(TIMED_OUT_2S);
        assertThat(pair.statusCode()).isEqualTo(503);
        assertThat(pair.body()).isEqualTo(TIMED_OUT_2S);
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(word.body()).isEqualTo("The timeout parameter must be a number of seconds (such as timeout=10), got 'abc'\n");
        assertThat(triple.statusCode()).isEqualTo(400);
        assertThat(triple.body()).isEqualTo("The timeout parameter must be a number of seconds (such as timeout=10), got '1,2,3'\n");
    }

    @Test
    void an_answer_over_the_row_cap_is_refused_not_truncated() throws Exception {
        String tooMany = "The answer has more than 1000 rows, the limit of this endpoint: read it in pages with LIMIT and OFFSET, or narrow the query\n";

        HttpResponse<String> all = catalog.get("/sparql?query=" + q("SELECT * { ?s ?p ?o }"), "Accept", JSON);
        HttpResponse<String> cross = catalog.get("/sparql?query=" + q("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), "Accept", JSON);
        HttpResponse<String> large = catalog.get("/sparql?query=" + q("SELECT * { ?s ?p ?o } LIMIT 5000"), "Accept", JSON);
        HttpResponse<String> page = catalog.get("/sparql?query=" + q("SELECT * { ?s ?p ?o } LIMIT 1000 OFFSET 1000"), "Accept", JSON);
        HttpResponse<String> graph = catalog.get("/sparql?query=" + q("CONSTRUCT WHERE { ?s ?p ?o }"), "Accept", "text/turtle");
        HttpResponse<String> described = catalog.get("/sparql?query=" + q("DESCRIBE ?s WHERE { ?s ?p ?o }"), "Accept", "text/turtle");
        HttpResponse<String> limited = catalog.get("/sparql?query=" + q("DESCRIBE ?s WHERE { ?s ?p ?o } LIMIT 100"), "Accept", "text/turtle");

        for (HttpResponse<String> refused : List.of(all, cross, large)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).isEqualTo(tooMany);
        }
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(page.body()).path("results").path("bindings").size()).isEqualTo(1000);
        assertThat(graph.statusCode()).isEqualTo(400);
        assertThat(graph.body()).isEqualTo(tooMany.replace("rows", "triples"));
        assertThat(described.statusCode()).isEqualTo(400);
        assertThat(described.body()).isEqualTo("DESCRIBE with a WHERE clause needs LIMIT 100 or less (descriptions are"
                + " built whole, beyond the reach of the time limit); use CONSTRUCT for more\n");
        assertThat(limited.statusCode()).isEqualTo(200);
    }

    @Test
    void property_paths_that_no_limit_can_stop_are_refused_before_running() {
        String negated = "The property path %s repeats a negated property set, which follows every link of the store: name the properties to follow\n";
        String free = "The property path %s has a variable at both ends: bind one end to an IRI, or to a variable of an earlier triple pattern of the same group\n";
        String[][] cases = {
            {"SELECT (COUNT(*) AS ?n) { ?x (!<urn:x:none>)* ?y }", negated.formatted("(!<urn:x:none>)*")},
            {"SELECT ?y { <urn:x:hub> (!(<urn:x:none>|^<urn:x:none>))* ?y } LIMIT 1", negated.formatted("(!(<urn:x:none>|^<urn:x:none>))*")},
            {"SELECT ?x { ?x (!<urn:x:none>)+ ?x } LIMIT 1", negated.formatted("(!<urn:x:none>)+")},
            {"SELECT * { ?a <urn:x:p>* ?b . ?b <urn:x:p>* ?c . ?c <urn:x:p>* ?d }", free.formatted("(<urn:x:p>)*")},
            {"SELECT * { FILTER EXISTS { ?a <urn:x:p>+ ?b } }", free.formatted("(<urn:x:p>)+")},
        };
        for (String[] c : cases) {
            HttpResponse<String> answer = catalog.get("/sparql?query=" + q(c[0]), "Accept", JSON);

            assertThat(answer.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(answer.body()).as(c[0]).isEqualTo(c[1]);
        }
        String bound = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX dcat: <http://www.w3.org/ns/dcat#> "
                + "SELECT DISTINCT ?t ?b { ?d dcat:theme ?t . ?t skos:broader* ?b }";
        assertThat(catalog.sparql(bound)).contains("\"bindings\"");
    }

    @Test
    void service_is_refused_and_no_connection_is_ever_made() throws Exception {
        try (ServerSocket trap = new ServerSocket(0)) {
            AtomicInteger connections = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!trap.isClosed()) {
                    try (Socket ignored = trap.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.start();
            String remote = "http://127.0.0.1:" + trap.getLocalPort() + "/sparql";
            List<String> queries = List.of(
                    "SELECT * { SERVICE <" + remote + "> { ?s ?p ?o } }",
                    "SELECT * { SERVICE SILENT <" + remote + "> { ?s ?p ?o } }",
                    "SELECT * { VALUES ?e { <" + remote + "> } SERVICE ?e { ?s ?p ?o } }",
                    "ASK { FILTER NOT EXISTS { SERVICE <" + remote + "> { ?s ?p ?o } } }");

            for (String query : queries) {
                HttpResponse<String> answer = catalog.get("/sparql?query=" + q(query), "Accept", JSON);

                assertThat(answer.statusCode()).as(query).isEqualTo(400);
                assertThat(answer.body()).isEqualTo("SERVICE (federated query) is disabled on this endpoint: it only queries the catalog\n");
            }
            // Past the endpoint's checks, ARQ itself refuses SERVICE for the whole JVM.
            assertThatThrownBy(() -> catalog.server().store().read(dsg ->
                    QueryExec.dataset(dsg).query(queries.get(0)).select().materialize()))
                    .isInstanceOf(QueryDeniedException.class);
            Thread.sleep(200);
            assertThat(connections.get()).isZero();
        }
    }

    @Test
    void beyond_the_concurrency_cap_queries_get_503_with_retry_after_while_the_site_keeps_answering() {
        CompletableFuture<HttpResponse<String>> first = heavyInBackground();
        pause(500);

        HttpResponse<String> simpleMeanwhile = catalog.get("/sparql?query=" + q("ASK { ?s ?p ?o }"), "Accept", JSON);
        CompletableFuture<HttpResponse<String>> second = heavyInBackground();
        pause(500);
        HttpResponse<String> third = catalog.get("/sparql?query=" + q("ASK {}"), "Accept", JSON);
        HttpResponse<String> health = catalog.get("/health");

        assertThat(simpleMeanwhile.statusCode()).isEqualTo(200);
        assertThat(third.statusCode()).isEqualTo(503);
        assertThat(third.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(third.body()).isEqualTo("Too many queries are running (at most 2 at once): retry in 5 seconds\n");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(first.join().statusCode()).isEqualTo(503);
        assertThat(second.join().body()).isEqualTo(TIMED_OUT_2S);
        assertThat(catalog.sparql("ASK {}")).contains("true");
    }

    @Test
    void a_query_body_over_the_size_limit_is_refused() {
        byte[] huge = ("ASK {} #" + "x".repeat(SparqlLimits.DEFAULT_MAX_QUERY_BYTES)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = catalog.send("POST", "/sparql", "application/sparql-query", huge);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).isEqualTo("The query is larger than 100000 bytes, the limit of this endpoint\n");
    }

    private static CompletableFuture<HttpResponse<String>> heavyInBackground() {
        // A thread of its own: the common pool may have a single thread on a small machine.
        CompletableFuture<HttpResponse<String>> answer = new CompletableFuture<>();
        Thread client = new Thread(() -> answer.complete(catalog.get("/sparql?query=" + q(CROSS_COUNT), "Accept", JSON)));
        client.setDaemon(true);
        client.start();
        return answer;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
