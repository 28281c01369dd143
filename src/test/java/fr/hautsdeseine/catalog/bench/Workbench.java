package fr.hautsdeseine.catalog.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every measurement of one catalog size works with: the generated file, its dataset ids, the
 * store the CLI imported it into, the catalog server running on that store, and a Fuseki server on
 * a copy of it.
 */
final class Workbench {
    /** The admin token of the server under test, for the writes it is measured on. */
    static final String ADMIN_TOKEN = "bench-admin-token";
    /** The settings of a run: {@code quick} or {@code full}. */
    record Settings(String mode, int runs, Duration burst, Duration warmUp, int maxRequests, int concurrency) {
        static Settings of(String mode) {
            return "full".equals(mode)
                    ? new Settings(mode, 3, Duration.ofSeconds(3), Duration.ofSeconds(2), 50_000, 4)
                    : new Settings(mode, 3, Duration.ofSeconds(2), Duration.ofSeconds(1), 20_000, 4);
        }
    }

    /** Where things are: the jar, the test classes (for {@link RawBulkLoad}), the Fuseki jar, the work directory. */
    record Paths(Path jar, Path testClasses, Path fusekiJar, Path work) {
    }

    final Settings settings;
    final Paths paths;
    final int datasets;
    final Path catalogFile;
    final long triples;
    final List<String> ids;
    final int port;
    final Path store;
    final LoadClient client;
    /** wrk when installed; else load comes from {@link #client}. */
    final java.util.Optional<WrkLoad> wrk;
    ServerProcess server;
    ServerProcess fuseki;
    int fusekiPort;

    Workbench(Settings settings, Paths paths, int datasets, Path catalogFile, long triples, List<String> ids, int port) {
        this.settings = settings;
        this.paths = paths;
        this.datasets = datasets;
        this.catalogFile = catalogFile;
        this.triples = triples;
        this.ids = ids;
        this.port = port;
        this.store = paths.work().resolve("store-" + datasets);
        this.client = new LoadClient(settings.concurrency());
        this.wrk = WrkLoad.find(settings.concurrency(), paths.work());
    }

    /** One load burst from wrk, or from the Java client when wrk is not installed. */
    LoadClient.Result burst(java.util.function.IntFunction<URI> uris, String accept, Duration duration) throws Exception {
        return wrk.isPresent() ? wrk.get().burst(uris, accept, duration)
                : client.burst(uris, accept, settings.maxRequests(), duration);
    }

    /** Names the load generator, for the notes of the figures. */
    String loadGenerator() {
        return (wrk.isPresent() ? "wrk" : "Java HTTP client") + ", " + settings.concurrency() + " connections";
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    URI fusekiQuery(String query) {
        return URI.create("http://127.0.0.1:" + fusekiPort + "/ds/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    /** The environment the catalog server and CLI run with: no demo, this store, the base URL of the generated IRIs. */
    Map<String, String> catalogEnvironment() {
        return Map.of("CATALOG_DEMO", "false", "CATALOG_DATA_DIR", store.toString(),
                "CATALOG_PORT", Integer.toString(port), "CATALOG_BASE_URL", baseUrl(), "CATALOG_ADMIN_TOKEN", ADMIN_TOKEN);
    }

    /** Runs {@code java args...} to its end; returns its wall-clock seconds, or throws when it fails. */
    double runJava(List<String> args, Map<String, String> environment, String logName) throws IOException, InterruptedException {
        // Under GNU time, for the peak resident memory of the run (see peakRssMb).
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o",
                paths.work().resolve(logName + ".time.txt").toString(), "java"));
        command.addAll(args);
        Path log = paths.work().resolve(logName + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        int exit = builder.start().waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ": " + Files.readString(log));
        }
        return seconds;
    }

    /** The peak resident memory in MB of the last {@link #runJava} run named {@code logName}. */
    double peakRssMb(String logName) throws IOException {
        return ServerProcess.peakRssMb(paths.work().resolve(logName + ".time.txt"));
    }

    /** What {@code java args...} prints, for probing whether a command exists. */
    String output(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return printed;
    }

    /** The status of one GET, 0 when the server does not answer. */
    int status(URI uri, String accept) {
        try {
            return client.get(uri, accept).statusCode();
        } catch (Exception e) {
            return 0;
        }
    }
}
