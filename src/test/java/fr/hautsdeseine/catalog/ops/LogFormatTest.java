package fr.hautsdeseine.catalog.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.Main;
import fr.hautsdeseine.catalog.TestCatalog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log format is chosen when logging starts, so it is checked on a server in a process of its own. */
class LogFormatTest {
    @TempDir
    Path dir;

    @Test
    void json_logs_are_one_object_a_line_and_every_line_of_a_request_carries_its_id() throws Exception {
        int port = TestCatalog.freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", Integer.toString(port), "--no-demo", "--data-dir", dir.resolve("data").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile());
        builder.environment().put("CATALOG_LOG_FORMAT", "json");
        Process server = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            awaitLive(http, port);

            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                    .header("X-Request-Id", "req-json-1").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(dir.resolve("server.log"))) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("loggerName").asText()).isEqualTo("access");
            assertThat(line.path("mdc").path("request").asText()).isEqualTo("req-json-1");
            assertThat(line.path("formattedMessage").asText()).matches("GET /health 200 \\d+ ms");
            assertThat(line.path("level").asText()).isEqualTo("INFO");
        });
        assertThat(lines).anySatisfy(line -> assertThat(line.path("formattedMessage").asText()).startsWith("[startup] catalog of 0 records"));
    }

    private static void awaitLive(HttpClient http, int port) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> live = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/live"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (live.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("The server did not answer /health/live within 90 s");
    }
}
