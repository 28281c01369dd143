package fr.hautsdeseine.catalog.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The catalog server, or one of its commands, in a JVM of its own from the jar under test, so that it can be
 * killed with SIGKILL. Every start has its own port but the same base URL: the records are stored under it.
 */
final class ServerUnderTest {
    static final String BASE_URL = "http://catalog.test";
    static final String TOKEN = "reliability-admin-token";

    private final Process process;
    private final int port;

    private ServerUnderTest(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a server over {@code dataDir}; returns once {@code /health/ready} answers 200. */
    static ServerUnderTest start(Path jar, Path dataDir, Path log, String heap) throws IOException, InterruptedException {
        int port = freePort();
        Map<String, String> env = new HashMap<>(Map.of("CATALOG_DATA_DIR", dataDir.toString(),
                "CATALOG_PORT", Integer.toString(port), "CATALOG_BASE_URL", BASE_URL, "CATALOG_ADMIN_TOKEN", TOKEN,
                "CATALOG_DEMO", "false", "CATALOG_LINK_CHECK_INTERVAL_HOURS", "0", "CATALOG_ACCESS_LOG", "false"));
        Process process = launch(jar, List.of("serve"), env, log, heap);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build();
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ServerUnderTest(process, port);
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(50);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("The server was not ready within 5 minutes; see " + log);
    }

    /** A command of the jar ({@code import ...}) in its own JVM. */
    static Process command(Path jar, List<String> arguments, Path log) throws IOException {
        return launch(jar, arguments, Map.of("CATALOG_LINK_CHECK_INTERVAL_HOURS", "0"), log, "512m");
    }

    private static Process launch(Path jar, List<String> arguments, Map<String, String> env, Path log, String heap)
            throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-jar", jar.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return builder.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, no close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The server survived SIGKILL for 60 s");
        }
    }

    /** SIGTERM, the way systemd stops it. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** The resident memory of the server's process in MB, from /proc; NaN where there is none. */
    double residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // Not on Linux, or the process ended.
        }
        return Double.NaN;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
