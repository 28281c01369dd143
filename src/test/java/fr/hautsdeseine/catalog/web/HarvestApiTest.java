package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The harvest admin API and page, over a real server and a real partner server. */
class HarvestApiTest {
    private static final String JSON = "application/json";

    @FreshCatalog
    private TestCatalog catalog;
    private com.sun.net.httpserver.HttpServer partner;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws Exception {
        partner = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        partner.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        byte[] page = java.nio.file.Files.readAllBytes(TestCatalog.shared("fixtures/harvest/ckanext-dcat--catalog.rdf"));
        partner.createContext("/catalog.rdf", exchange -> {
            try (exchange) {
                if (exchange.getRequestURI().getQuery() != null) {
                    Thread.sleep(1500); // "?slow": long enough for a second run request to arrive meanwhile
                }
                exchange.getResponseHeaders().set("Content-Type", "application/rdf+xml");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        partner.start();
    }

    @AfterEach
    void stop() {
        partner.stop(0);
    }

    @Test
    void a_source_is_added_run_reported_listed_and_removed_with_its_records() throws Exception {
        HttpResponse<String> added = addSource("ville", partnerUrl("/catalog.rdf"));
        HttpResponse<String> run = catalog.write("POST", "/api/harvest/sources/ville/runs", JSON, "");
        HttpResponse<String> runs = adminGet("/api/harvest/sources/ville/runs");
        HttpResponse<String> sources = adminGet("/api/harvest/sources");

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(run.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(run.body());
        assertThat(report.get("complete").asBoolean()).isTrue();
        assertThat(report.get("counts").get("created").asInt()).isEqualTo(2);
        assertThat(json.readTree(runs.body()).get(0).get("runId").asText()).isEqualTo(report.get("runId").asText());
        assertThat(json.readTree(sources.body()).get(0).get("lastRun").get("runId").asText()).isEqualTo(report.get("runId").asText());
        assertThat(catalog.server().store().recordCount()).isEqualTo(2);

        assertThat(catalog.delete("/api/harvest/sources/ville").statusCode()).isEqualTo(204);
        assertThat(catalog.server().store().recordIds()).isEmpty();
        assertThat(catalog.delete("/api/harvest/sources/ville").statusCode()).isEqualTo(404);
    }

    @Test
    void a_preview_says_what_a_run_would_do_and_stores_nothing() throws Exception {
        addSource("ville", partnerUrl("/catalog.rdf"));

        HttpResponse<String> before = catalog.write("POST", "/api/harvest/sources/ville/preview", JSON, "");
        long storedAfterPreview = catalog.server().store().recordCount();
        HttpResponse<String> reportsAfterPreview = adminGet("/api/harvest/sources/ville/runs");
        catalog.write("POST", "/api/harvest/sources/ville/runs", JSON, "");
        HttpResponse<String> after = catalog.write("POST", "/api/harvest/sources/ville/preview", JSON, "");
        HttpResponse<String> unknown = catalog.write("POST", "/api/harvest/sources/nope/preview", JSON, "");

        assertThat(before.statusCode()).isEqualTo(200);
        JsonNode first = json.readTree(before.body());
        assertThat(first.get("preview").asBoolean()).isTrue();
        assertThat(first.get("counts").get("created").asInt()).isEqualTo(2);
        assertThat(storedAfterPreview).isZero();
        assertThat(json.readTree(reportsAfterPreview.body())).isEmpty();
        JsonNode second = json.readTree(after.body());
        assertThat(second.get("counts").get("created").asInt()).isZero();
        assertThat(second.get("counts").get("unchanged").asInt()).isEqualTo(2);
        assertThat(json.readTree(adminGet("/api/harvest/sources/ville/runs").body())).hasSize(1);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(message(unknown)).isEqualTo("No harvest source named 'nope'");
    }

    @Test
    void a_second_run_of_a_source_while_one_goes_is_a_409() throws Exception {
        addSource("lente", partnerUrl("/catalog.rdf?slow"));
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() ->
                catalog.write("POST", "/api/harvest/sources/lente/runs", JSON, ""));
        Thread.sleep(500);

        HttpResponse<String> second = catalog.write("POST", "/api/harvest/sources/lente/runs", JSON, "");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json.readTree(second.body()).get("message").asText()).isEqualTo("Source 'lente' is already being harvested");
        assertThat(first.get().statusCode()).isEqualTo(200);
    }

    @Test
    void bad_sources_are_refused_with_the_reason() throws Exception {
        HttpResponse<String> scheme = addSource("ftp", "ftp://partner.example/catalog.ttl");
        HttpResponse<String> type = catalog.write("POST", "/api/harvest/sources", JSON,
                "{\"name\": \"x\", \"url\": \"https://x.example/\", \"type\": \"oai\"}");
        addSource("ville", partnerUrl("/catalog.rdf"));
        HttpResponse<String> twice = addSource("ville", partnerUrl("/catalog.rdf"));
        HttpResponse<String> unknown = catalog.write("POST", "/api/harvest/sources/nope/runs", JSON, "");

        assertThat(scheme.statusCode()).isEqualTo(400);
        assertThat(message(scheme)).isEqualTo("Source URL <ftp://partner.example/catalog.ttl> must be an http or https URL with a host");
        assertThat(type.statusCode()).isEqualTo(400);
        assertThat(message(type)).isEqualTo("Unknown source type 'oai': use dcat, ckan, ods or csw");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(message(twice)).isEqualTo("A harvest source named 'ville' already exists");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(message(unknown)).isEqualTo("No harvest source named 'nope'");
    }

    @Test
    void the_admin_page_lists_sources_and_runs_escaped_and_needs_the_token_or_a_session() {
        addSource("ville", partnerUrl("/catalog.rdf") + "?a=1&b='x'");
        catalog.write("POST", "/api/harvest/sources/ville/runs", JSON, "");

        HttpResponse<String> page = adminGet("/admin/harvest");
        HttpResponse<String> anonymous = catalog.get("/admin/harvest");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<h2>ville</h2>").contains("<code>" + partnerUrl("/catalog.rdf") + "?a=1&amp;b='x'</code>").doesNotContainPattern("=\"[^\"]*b='x'")
                .contains("<td>complete</td>");
        assertThat(anonymous.statusCode()).isEqualTo(303);
    }

    private HttpResponse<String> addSource(String name, String url) {
        return catalog.write("POST", "/api/harvest/sources", JSON,
                "{\"name\": \"" + name + "\", \"url\": \"" + url + "\", \"type\": \"dcat\", \"every\": \"24h\"}");
    }

    private HttpResponse<String> adminGet(String path) {
        return catalog.send(HttpRequest.newBuilder(URI.create(catalog.url(path)))
                .header("Authorization", "Bearer " + TestCatalog.TOKEN).GET().build());
    }

    private String message(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body()).get("message").asText();
    }

    private String partnerUrl(String path) {
        return "http://127.0.0.1:" + partner.getAddress().getPort() + path;
    }
}
