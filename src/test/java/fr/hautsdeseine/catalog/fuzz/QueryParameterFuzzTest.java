package fr.hautsdeseine.catalog.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.hautsdeseine.catalog.TestCatalog;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query parameters of the public routes, against a real server holding the demo catalog: whatever their
 * values, each answer is a page or a 4xx saying what is wrong, never a 5xx (SPARQL's 503, for a query over
 * its time limit or with every slot taken, is an answer too). An input is one {@code name=value} a line; a
 * line without {@code =} is the route's main parameter. Seeds: {@code QueryParameterFuzzTestInputs}.
 */
class QueryParameterFuzzTest {
    @TempDir
    static Path dir;

    private static TestCatalog catalog;

    @BeforeAll
    static void start() {
        catalog = TestCatalog.start(TestCatalog.config(dir).withDemo(true));
    }

    @AfterAll
    static void stop() {
        catalog.close();
    }

    @FuzzTest(maxDuration = "60s")
    void catalog_filters_and_paging_tokens_answer_a_page_or_a_4xx(byte[] bytes) {
        FuzzInput input = FuzzInput.of(bytes, 2);
        String path = input.choice() == 0 ? "/catalog.ttl" : "/catalog.jsonld";

        assertAnswered(catalog.get(path + query(input.text(), "q")));
    }

    @FuzzTest(maxDuration = "60s")
    void site_search_answers_a_page_or_a_4xx(byte[] bytes) {
        FuzzInput input = FuzzInput.of(bytes, 2);
        String lang = input.choice() == 0 ? "fr" : "en";

        assertAnswered(catalog.get("/datasets" + query(input.text(), "q") + "&lang=" + lang));
    }

    @FuzzTest(maxDuration = "60s")
    void oai_pmh_requests_and_resumption_tokens_answer_xml_never_a_5xx(byte[] bytes) {
        FuzzInput input = FuzzInput.of(bytes, 1);

        assertAnswered(catalog.get("/oai" + query(input.text(), "resumptionToken")));
    }

    @FuzzTest(maxDuration = "60s")
    void sparql_parameters_answer_results_or_a_4xx(byte[] bytes) {
        FuzzInput input = FuzzInput.of(bytes, 1);

        HttpResponse<String> answer = catalog.get("/sparql" + query(input.text(), "query"), "Accept", "application/sparql-results+json");

        if (answer.statusCode() != 503) {
            assertAnswered(answer);
        }
    }

    private static void assertAnswered(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as("%s: %s", answer.uri(), answer.body()).isBetween(200, 499);
    }

    /** One parameter a line, each name and value encoded as a browser would. */
    private static String query(String text, String main) {
        StringJoiner query = new StringJoiner("&", "?", "");
        for (String line : List.of(text.split("\n", 20))) {
            int equals = line.indexOf('=');
            String name = equals < 0 ? main : line.substring(0, equals);
            String value = equals < 0 ? line : line.substring(equals + 1);
            query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return query.toString();
    }
}
