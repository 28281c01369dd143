package fr.hautsdeseine.catalog.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies of the write API in every RDF syntax it takes, against a real server: whatever the bytes, the answer is
 * an answer (a 2xx, or a 4xx saying what is wrong), never a 5xx. Seeds: {@code WriteApiFuzzTestInputs}, the first
 * character choosing the syntax in the order of {@link RdfSyntax}.
 */
class WriteApiFuzzTest {
    private static final List<String> TYPES = Arrays.stream(RdfSyntax.values()).map(RdfSyntax::mediaType).toList();

    @TempDir
    static Path dir;

    private static TestCatalog catalog;

    @BeforeAll
    static void start() {
        catalog = TestCatalog.start(dir);
    }

    @AfterAll
    static void stop() {
        catalog.close();
    }

    @FuzzTest(maxDuration = "60s")
    void a_record_put_in_any_syntax_is_stored_or_refused_with_a_4xx(byte[] bytes) {
        FuzzInput input = FuzzInput.of(bytes, TYPES.size());

        HttpResponse<String> put = catalog.send("PUT", "/api/datasets/fuzzed", input.pick(TYPES), input.rest(),
                "Authorization", "Bearer " + TestCatalog.TOKEN);

        assertThat(put.statusCode()).as(put.body()).isBetween(200, 499);
    }

    @FuzzTest(maxDuration = "60s")
    void records_posted_in_any_syntax_are_stored_or_refused_with_a_4xx(byte[] bytes) {
        FuzzInput input = FuzzInput.of(bytes, TYPES.size());

        HttpResponse<String> post = catalog.send("POST", "/api/datasets", input.pick(TYPES), input.rest(),
                "Authorization", "Bearer " + TestCatalog.TOKEN);

        assertThat(post.statusCode()).as(post.body()).isBetween(200, 499);
    }
}
