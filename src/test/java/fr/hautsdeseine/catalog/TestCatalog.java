package fr.hautsdeseine.catalog;

import fr.hautsdeseine.catalog.config.BackOfficeConfig;
import fr.hautsdeseine.catalog.config.CatalogConfig;
import fr.hautsdeseine.catalog.config.HarvestConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A real catalog server over a real TDB2 store in a temporary directory, and an HTTP client for it. */
public final class TestCatalog implements AutoCloseable {
    public static final String TOKEN = "test-admin-token";

    private CatalogServer server;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestCatalog(CatalogServer server) {
        this.server = server;
    }

    public static TestCatalog start(Path dataDir) {
        return start(config(dataDir));
    }

    /** Starts the server and returns once it is ready (scores of the stored records computed). */
    public static TestCatalog start(CatalogConfig config) {
        TestCatalog catalog = new TestCatalog(CatalogServer.start(config));
        catalog.awaitReady();
        return catalog;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (get("/health/ready").statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The server was not ready within 120 s: " + get("/health/ready").body());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** With these back-office settings instead of the process's CATALOG_ADMIN_EMAIL and CATALOG_OIDC_* variables. */
    public static TestCatalog start(CatalogConfig config, BackOfficeConfig backOffice) {
        return new TestCatalog(CatalogServer.start(config, HarvestConfig.defaults(), backOffice));
    }

    /** Port 0 (a free port), the admin token set, no demo catalog. */
    public static CatalogConfig config(Path dataDir) {
        return CatalogConfig.from(Map.of()).withDataDir(dataDir).withPort(0).withAdminToken(TOKEN).withDemo(false);
    }

    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CatalogServer server() {
        return server;
    }

    /** The directory of the server's store and files. */
    public Path dataDir() {
        return server.config().dataDir();
    }

    /**
     * Closes the server and starts it again over the same directory, with its settings changed by {@code change},
     * and returns once it is ready: this same object then speaks to the new server.
     */
    public void restart(UnaryOperator<CatalogConfig> change) {
        CatalogConfig config = change.apply(server.config());
        server.close();
        server = CatalogServer.start(config);
        awaitReady();
    }

    /** As {@link #restart(UnaryOperator)}, unchanged, with these back-office settings. */
    public void restart(BackOfficeConfig backOffice) {
        CatalogConfig config = server.config();
        server.close();
        server = CatalogServer.start(config, HarvestConfig.defaults(), backOffice);
        awaitReady();
    }

    public String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder builder = request(path, headers).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    /** A write with the admin token. */
    public HttpResponse<String> write(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + TOKEN);
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path, "Authorization", "Bearer " + TOKEN).DELETE().build());
    }

    /** Runs a SELECT through /sparql and returns the JSON results. */
    public String sparql(String query) {
        String encoded = java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> response = get("/sparql?query=" + encoded, "Accept", "application/sparql-results+json");
        if (response.statusCode() != 200) {
            throw new AssertionError("SPARQL answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    public static String resource(String path) {
        try (var in = TestCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the shared fixtures beside the project (tests only; never shipped). */
    public static Path shared(String relative) {
        Path path = Path.of("..", "shared").resolve(relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("Missing shared fixture " + path.toAbsolutePath());
        }
        return path;
    }

    @Override
    public void close() {
        server.close();
    }
}
