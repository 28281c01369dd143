package fr.hautsdeseine.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The catalog server in a JVM of its own, on this test's classpath, so that a test can kill it with SIGKILL. */
final class ChildServer {
    private final Process process;
    private final int port;

    private ChildServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Every start has its own port, but the same base URL: the records are stored under it. */
    static final String BASE_URL = "http://catalog.test";

    /** Starts a server over {@code dataDir} with {@link TestCatalog#TOKEN} as admin token; returns once it answers. */
    static ChildServer start(Path dataDir, Path log) throws IOException, InterruptedException {
        return start(dataDir, log, Map.of());
    }

    /** As {@link #start(Path, Path)}, with more environment variables (a role, say). */
    static ChildServer start(Path dataDir, Path log, Map<String, String> environment) throws IOException, InterruptedException {
        int port = TestCatalog.freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of("CATALOG_DATA_DIR", dataDir.toString(), "CATALOG_PORT", Integer.toString(port),
                "CATALOG_BASE_URL", BASE_URL, "CATALOG_ADMIN_TOKEN", TestCatalog.TOKEN, "CATALOG_DEMO", "false"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build();
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ChildServer(process, port);
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(50);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("The server did not answer within 180 s; see " + log);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** SIGTERM: the server closes its store and stops. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("The server did not stop within 120 s of SIGTERM");
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The server survived SIGKILL for 60 s");
        }
    }
}
