package fr.hautsdeseine.catalog.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries that once held every slot or overflowed the stack: each ends with a clear answer, releases its
 * slot and its transaction (the next queries run, and the store closes), and changes nothing.
 */
class QueryHardeningTest {
    private static final int SLOTS = 2;

    @TempDir
    Path dir;

    private TestCatalog catalog;

    @BeforeEach
    void start() {
        catalog = TestCatalog.start(TestCatalog.config(dir).withDemo(true)
                .withSparqlLimits(Duration.ofSeconds(5), 10_000, SLOTS));
    }

    @AfterEach
    void stop() {
        catalog.close(); // fails ("Can't expel: Active transactions") if a query left its transaction open
    }

    @Test
    void a_regex_with_a_backreference_is_refused_before_it_runs() {
        HttpResponse<String> response = query("""
                SELECT ?d WHERE { ?d <http://purl.org/dc/terms/description> ?text FILTER(REGEX(STR(?text), "^(.+)+\\\\1Z$")) }""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The regular expression \"^(.+)+\\1Z$\" is not accepted: this endpoint runs"
                + " regular expressions in linear time, without backreferences or lookaround");
        assertTheEndpointStillAnswers();
    }

    @Test
    void a_regex_that_would_backtrack_forever_ends_and_frees_its_slot() {
        String backtracking = """
                SELECT (COUNT(?d) AS ?n) WHERE { ?d <http://purl.org/dc/terms/description> ?text
                  FILTER(REGEX(STR(?text), "^(.+)+(.+)+Z$")) }""";

        for (int i = 0; i <= SLOTS; i++) {
            HttpResponse<String> response = query(backtracking);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).containsPattern("\"value\"\\s*:\\s*\"0\"");
        }
        assertTheEndpointStillAnswers();
    }

    @Test
    void a_pattern_computed_by_the_query_cannot_smuggle_a_backreference() {
        HttpResponse<String> response = query("""
                SELECT ?d WHERE { ?d <http://purl.org/dc/terms/description> ?text
                  FILTER(REGEX(STR(?text), CONCAT("^(.+)+", "\\\\1Z$"))) }""");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsPattern("\"bindings\"\\s*:\\s*\\[\\s*\\]");
        assertTheEndpointStillAnswers();
    }

    @Test
    void a_sub_select_2000_deep_is_refused_naming_the_limit() {
        String deep = "SELECT * WHERE { ".repeat(2_000) + "?s ?p ?o" + " }".repeat(2_000);

        HttpResponse<String> response = query(deep);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The query nests groups, sub-queries or parentheses more than 64 deep,"
                + " the limit of this endpoint (CATALOG_SPARQL_MAX_NESTING)");
        assertTheEndpointStillAnswers();
    }

    @Test
    void a_query_that_overflows_the_engines_stack_is_a_clear_400() {
        // Within the size limit of a query (100,000 bytes) and its nesting limit, but a tree thousands deep.
        String longChain = "SELECT * WHERE { ?s ?p ?o FILTER(?o = 1" + " || ?o = 1".repeat(4_500) + ") } LIMIT 1";

        HttpResponse<String> response = query(longChain);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The query is nested too deeply for the query engine; keep nesting within 64"
                + " levels (CATALOG_SPARQL_MAX_NESTING)");
        assertTheEndpointStillAnswers();
    }

    private void assertTheEndpointStillAnswers() {
        String revision = catalog.server().store().revision();
        for (int i = 0; i <= SLOTS; i++) {
            assertThat(query("ASK { ?s ?p ?o }").statusCode()).isEqualTo(200);
        }
        assertThat(catalog.server().store().revision()).isEqualTo(revision);
    }

    private HttpResponse<String> query(String sparql) {
        return catalog.send("POST", "/sparql", "application/x-www-form-urlencoded",
                ("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
    }
}
