package fr.hautsdeseine.catalog;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A file server on loopback for the link checker: {@code 200} for the paths it serves, {@code 404} for any other.
 * It lists what it was asked and with which User-Agent, and can hold every answer until the test lets it go, so
 * that a test sees a check while it runs.
 */
public final class LoopbackFiles implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private volatile Set<String> served;
    private volatile CountDownLatch held = new CountDownLatch(0);
    private volatile CountDownLatch asked = new CountDownLatch(1);

    private LoopbackFiles(Set<String> served) {
        this.served = served;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            asked.countDown();
            try {
                held.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(this.served.contains(exchange.getRequestURI().getPath()) ? 200 : 404, -1);
            exchange.close();
        });
        server.start();
    }

    /** A server answering {@code 200} for these paths ({@code /files/colleges.csv}). */
    public static LoopbackFiles serving(String... paths) {
        return new LoopbackFiles(Set.of(paths));
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A record's text with its {@code https://example.org/files/} links pointing here instead. */
    public String pointedHere(String record) {
        return record.replace("https://example.org/files/", base() + "/files/");
    }

    /** As {@link #pointedHere}, with the download URL on a file this server does not have (its check finds 404). */
    public String oneFoundOneMissing(String record) {
        return pointedHere(record.replace("dcat:downloadURL <https://example.org/files/colleges.csv>",
                "dcat:downloadURL <" + base() + "/files/missing.csv>"));
    }

    /** From now on, every path answers {@code 404}. */
    public void serveNothing() {
        served = Set.of();
    }

    /** Each request so far, as "METHOD /path". */
    public List<String> requests() {
        return requests;
    }

    public List<String> userAgents() {
        return userAgents;
    }

    /** Holds every answer from now on, until {@link #release()}; {@link #awaitRequest} then waits for the next request. */
    public void hold() {
        asked = new CountDownLatch(1);
        held = new CountDownLatch(1);
    }

    public void release() {
        held.countDown();
    }

    /** Whether a request arrived (since the server started, or since {@link #hold()}) within the time given. */
    public boolean awaitRequest(Duration within) throws InterruptedException {
        return asked.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
