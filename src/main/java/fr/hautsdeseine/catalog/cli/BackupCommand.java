package fr.hautsdeseine.catalog.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.config.CatalogConfig;
import fr.hautsdeseine.catalog.ops.BackupException;
import fr.hautsdeseine.catalog.ops.BackupManifest;
import fr.hautsdeseine.catalog.ops.Backups;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.StoreLock;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code backup DIR}: a consistent backup of the store and the server's files. On a store no process
 * holds it reads the directory itself; when a server holds it, the server takes the backup while it
 * goes on serving and writing, and this command downloads it into DIR.
 */
@Command(name = "backup", description = "Back up the store and the server's files into a new directory DIR."
        + " Works on the data directory when no server holds it, else through the server's admin API"
        + " (--server, CATALOG_BASE_URL or http://localhost:CATALOG_PORT, with CATALOG_ADMIN_TOKEN).")
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--server", description = "the running server to ask (default: the one holding the store)")
    String server;

    @Parameters(index = "0", paramLabel = "DIR", description = "the backup directory to create (must not exist)")
    Path target;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    public BackupCommand() {
        this(System.getenv());
    }

    public BackupCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() throws InterruptedException {
        CatalogConfig config = store.config(environment);
        Backups backups = new Backups(Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        try {
            BackupManifest manifest;
            if (server != null || StoreLock.isHeld(config.dataDir())) {
                manifest = throughServer(server != null ? server : config.baseUrl(), config, backups);
            } else {
                try (CatalogStore catalog = CatalogStore.open(config.dataDir(), new CatalogIris(config.baseUrl()))) {
                    manifest = backups.create(catalog, config.dataDir(), target);
                }
            }
            out.printf("Backed up %,d records (%,d quads, revision %s) into %s%n", manifest.records(), manifest.quads(),
                    manifest.revision(), target);
            return 0;
        } catch (BackupException | CommandFailedException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    private BackupManifest throughServer(String url, CatalogConfig config, Backups backups) throws InterruptedException {
        String token = config.adminToken().orElseThrow(() -> new CommandFailedException(
                "A server holds the store: set CATALOG_ADMIN_TOKEN to its admin token to back up through it"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> taken = http.send(HttpRequest.newBuilder(URI.create(url + "/api/admin/backups"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (taken.statusCode() != 201) {
                throw new CommandFailedException("The server at " + url + " answered " + taken.statusCode() + ": " + taken.body());
            }
            String name = new ObjectMapper().readTree(taken.body()).path("name").asText();
            HttpResponse<InputStream> zip = http.send(HttpRequest.newBuilder(URI.create(url + "/api/admin/backups/" + name))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = zip.body()) {
                if (zip.statusCode() != 200) {
                    throw new CommandFailedException("The server at " + url + " answered " + zip.statusCode() + ": "
                            + new String(body.readAllBytes(), StandardCharsets.UTF_8));
                }
                return backups.unzip(body, target);
            }
        } catch (IOException e) {
            throw new CommandFailedException("Cannot back up through the server at " + url + ": " + e.getMessage());
        }
    }
}
