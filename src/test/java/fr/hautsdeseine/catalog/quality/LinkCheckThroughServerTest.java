package fr.hautsdeseine.catalog.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.LoopbackFiles;
import fr.hautsdeseine.catalog.Main;
import fr.hautsdeseine.catalog.TestCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A link check asked for through the admin API, and from the command line, against a file server on loopback. */
class LinkCheckThroughServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private LoopbackFiles files;

    @BeforeEach
    void serveFiles() {
        files = LoopbackFiles.serving("/files/colleges.csv");
    }

    @AfterEach
    void stopFiles() {
        files.close();
    }

    @Test
    void a_link_check_on_demand_rescores_the_record_and_keeps_each_url_status() throws Exception {
        String record = files.pointedHere(TestCatalog.resource("/records/one-dataset.ttl"));
        String baseUrl;
        try (TestCatalog catalog = TestCatalog.start(dir)) {
            baseUrl = catalog.server().config().baseUrl();
            assertThat(catalog.write("PUT", "/api/datasets/colleges", "text/turtle", record).statusCode()).isEqualTo(201);
            // The Licence Ouverte is not a licence data.europa.eu knows: 325 - 15 - 5 - 10 (see QualityHttpTest).
            assertThat(points(catalog)).isEqualTo(295);

            HttpResponse<String> started = catalog.write("POST", "/api/quality/link-checks", "application/json", "");

            assertThat(started.statusCode()).isEqualTo(202);
            JsonNode audit = JSON.readTree(catalog.get("/api/audit", "Authorization", "Bearer " + TestCatalog.TOKEN).body());
            assertThat(audit.findValuesAsText("action")).contains("link check started");
            assertThat(audit.findValuesAsText("detail")).contains("POST /api/quality/link-checks");
            int points = points(catalog);
            for (int attempt = 0; attempt < 300 && points != 375; attempt++) {
                Thread.sleep(100);
                points = points(catalog);
            }
            // Both link metrics now score: access URL reachable 50, download URL reachable 30.
            assertThat(points).isEqualTo(295 + 50 + 30);
            assertThat(files.userAgents()).isNotEmpty().allMatch("HautsDeSeineCatalog-LinkChecker/1.0"::equals);
            HttpResponse<String> page = catalog.get("/datasets/colleges/quality?lang=en", "Accept", "text/html");
            assertThat(page.body()).contains(files.base() + "/files/colleges.csv</td><td>answers</td>");
        }

        files.serveNothing();
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new Main());
        command.setOut(new PrintWriter(out, true));

        int exit = command.execute("check-links", "--data-dir", dir.toString(), "--base-url", baseUrl);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains(files.base() + "/files/colleges.csv: http-error 404 (colleges)",
                "1 links checked, 0 answer; catalog score 295.0 of 405 (good)");
    }

    @Test
    void a_stop_during_a_link_check_ends_it_keeps_none_of_it_and_leaves_the_store_whole() throws Exception {
        files.hold();
        String record = files.pointedHere(TestCatalog.resource("/records/one-dataset.ttl"));
        try (TestCatalog catalog = TestCatalog.start(dir)) {
            assertThat(catalog.write("PUT", "/api/datasets/colleges", "text/turtle", record).statusCode()).isEqualTo(201);
            assertThat(catalog.write("POST", "/api/quality/link-checks", "application/json", "").statusCode()).isEqualTo(202);
            assertThat(files.awaitRequest(Duration.ofSeconds(30))).isTrue();

            try {
                // The stop must end the request under way, and close the store with no transaction left open.
                catalog.restart(config -> config);
            } finally {
                files.release();
            }

            // The URL the stop cut short is not kept as unreachable, or as anything: the score is as before the run.
            assertThat(points(catalog)).isEqualTo(295);
            assertThat(catalog.get("/datasets/colleges/quality?lang=en", "Accept", "text/html").body())
                    .contains(files.base() + "/files/colleges.csv</td><td>not checked yet</td>");
            assertThat(catalog.write("PUT", "/api/datasets/colleges", "text/turtle", record.replace("Collèges", "Les collèges"))
                    .statusCode()).isEqualTo(200);
        }
    }

    private static int points(TestCatalog catalog) throws IOException {
        JsonNode quality = JSON.readTree(catalog.get("/api/quality").body());
        return quality.get("datasets").get(0).get("points").asInt();
    }
}
