package fr.hautsdeseine.catalog.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.config.CatalogConfig;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.StoreCompaction;
import fr.hautsdeseine.catalog.store.StoreLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compact}: reclaims the disk that replaced and withdrawn records still take. On a store no
 * process holds it compacts the directory itself; when a server holds it, it asks that server.
 */
@Command(name = "compact", description = "Compact the TDB2 store, reclaiming the space old versions take."
        + " Works on the data directory when no server holds it, else through the server's admin API"
        + " (--server, CATALOG_BASE_URL or http://localhost:CATALOG_PORT, with CATALOG_ADMIN_TOKEN).")
public final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--server", description = "the running server to ask (default: the one holding the store)")
    String server;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    public CompactCommand() {
        this(System.getenv());
    }

    public CompactCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() throws InterruptedException {
        CatalogConfig config = store.config(environment);
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (server != null || StoreLock.isHeld(config.dataDir())) {
                String url = server != null ? server : config.baseUrl();
                JsonNode answer = throughServer(url, config);
                out.printf("Compacted through %s: %,d bytes before, %,d after%n", url,
                        answer.path("bytesBefore").asLong(), answer.path("bytesAfter").asLong());
            } else {
                try (CatalogStore catalog = CatalogStore.open(config.dataDir(), new CatalogIris(config.baseUrl()))) {
                    StoreCompaction.Result result = StoreCompaction.compact(catalog);
                    out.printf("Compacted %s: %,d bytes before, %,d after%n", config.dataDir(), result.bytesBefore(),
                            result.bytesAfter());
                }
            }
            return 0;
        } catch (CommandFailedException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    private static JsonNode throughServer(String url, CatalogConfig config) throws InterruptedException {
        String token = config.adminToken().orElseThrow(() -> new CommandFailedException(
                "A server holds the store: set CATALOG_ADMIN_TOKEN to its admin token to compact through it"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/admin/compact"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new CommandFailedException("The server at " + url + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new CommandFailedException("Cannot reach the server at " + url + " that holds the store: " + e.getMessage());
        }
    }
}
