package fr.hautsdeseine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.harvest.PartnerServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A server killed with SIGKILL in the write phase of a harvest run: at the next start the run is either
 * wholly stored or not at all, and its report says it was interrupted.
 */
class HarvestCrashTest {
    private static final int DATASETS = 1_500;
    private static final String SOURCE = "{\"name\": \"ville\", \"url\": \"%s\", \"type\": \"dcat\"}";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_run_killed_in_its_write_phase_leaves_all_or_nothing_and_an_interrupted_report() throws Exception {
        Path catalog = dir.resolve("partner.ttl");
        assertThat(new CommandLine(new Main()).execute("generate", "--datasets", Integer.toString(DATASETS), "--seed", "3",
                "--base", "http://partner.test", "--out", catalog.toString())).isZero();
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        try (PartnerServer partner = new PartnerServer()) {
            partner.on("/catalog.ttl", PartnerServer.body(200, "text/turtle", Files.readString(catalog)));
            ChildServer server = ChildServer.start(data, log);
            assertThat(send(server, "POST", "/api/harvest/sources", SOURCE.formatted(partner.url("/catalog.ttl"))).statusCode())
                    .isEqualTo(201);

            // The run answers only when it ends: send it, and kill the server once its write phase began.
            http.sendAsync(request(server, "POST", "/api/harvest/sources/ville/runs", ""), HttpResponse.BodyHandlers.discarding());
            awaitLine(log, "writing " + DATASETS + " records and 0 withdrawals in one transaction");
            server.kill();

            ChildServer restarted = ChildServer.start(data, log);
            JsonNode health = new ObjectMapper().readTree(get(restarted, "/health"));
            JsonNode runs = new ObjectMapper().readTree(get(restarted, "/api/harvest/sources/ville/runs"));
            restarted.kill();

            assertThat(health.path("records").asLong()).isIn(0L, (long) DATASETS);
            JsonNode last = runs.isArray() ? runs.get(0) : runs.path("runs").get(0);
            assertThat(last.path("interrupted").asBoolean()).as(runs.toString()).isTrue();
            assertThat(last.path("errors").get(0).asText()).startsWith("The server stopped during this run (started ");
        }
    }

    private static void awaitLine(Path log, String line) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The server never logged '" + line + "'; see " + log);
    }

    private HttpRequest request(ChildServer server, String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Authorization", "Bearer " + TestCatalog.TOKEN).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> send(ChildServer server, String method, String path, String body) throws Exception {
        return http.send(request(server, method, path, body), HttpResponse.BodyHandlers.ofString());
    }

    private String get(ChildServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Authorization", "Bearer " + TestCatalog.TOKEN).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
