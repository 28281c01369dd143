package fr.hautsdeseine.catalog.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server in its own JVM under {@code /usr/bin/time -v}, so that its peak resident memory is known
 * when it stops. Started, it is up: {@link #start} returns once its health URL answers 200.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern PEAK_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    private final Process process;
    private final Path timeReport;
    private final double startSeconds;

    private ServerProcess(Process process, Path timeReport, double startSeconds) {
        this.process = process;
        this.timeReport = timeReport;
        this.startSeconds = startSeconds;
    }

    static ServerProcess start(List<String> javaArguments, Map<String, String> environment, URI health, Path logDir,
                               String name) throws IOException, InterruptedException {
        Path timeReport = logDir.resolve(name + ".time.txt");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", timeReport.toString(), "java"));
        command.addAll(javaArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve(name + ".log").toFile()));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = started + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + logDir.resolve(name + ".log"));
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return new ServerProcess(process, timeReport, (System.nanoTime() - started) / 1e9);
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(20);
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        throw new IllegalStateException(name + " did not answer " + health + " within 180 s");
    }

    /** Waits until {@code ready} answers 200 (a server's readiness) and returns the seconds it took. */
    static double secondsUntilReady(URI ready, Duration limit) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(30)).build();
        long started = System.nanoTime();
        while (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() - started > limit.toNanos()) {
                throw new IllegalStateException(ready + " did not answer 200 within " + limit.toMinutes() + " minutes");
            }
            Thread.sleep(500);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Seconds from launch until the health URL answered 200. */
    double startSeconds() {
        return startSeconds;
    }

    /** Stops the server (SIGTERM to the JVM, so that time(1) reports) and returns its peak RSS in MB. */
    double stop() throws IOException, InterruptedException {
        process.toHandle().children().forEach(ProcessHandle::destroy);
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        return peakRssMb(timeReport);
    }

    /** The peak RSS in MB that {@code /usr/bin/time -v} wrote to {@code timeReport}. */
    static double peakRssMb(Path timeReport) throws IOException {
        Matcher matcher = PEAK_RSS.matcher(Files.exists(timeReport) ? Files.readString(timeReport) : "");
        return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024.0 : Double.NaN;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
