package fr.hautsdeseine.catalog.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.hautsdeseine.catalog.config.LinkCheckConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The link checker against a test server on loopback that answers each case the web throws at it. */
class LinkCheckerTest {
    private static final LinkCheckConfig CONFIG = new LinkCheckConfig(Duration.ZERO, Duration.ofSeconds(2), 5, 2,
            Duration.ofMillis(50), "HautsDeSeineCatalog-LinkChecker/1.0");

    private HttpServer server;
    private String base;
    private LinkChecker checker;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::answer);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        checker = new LinkChecker(CONFIG, host -> host.equals("127.0.0.1"), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        checker.close();
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("User-Agent")
                + " " + exchange.getRequestHeaders().getFirst("Range"));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        switch (path) {
            case "/ok" -> empty(exchange, 200);
            case "/missing" -> empty(exchange, 404);
            case "/broken" -> empty(exchange, 500);
            case "/no-head" -> empty(exchange, head ? 405 : 206);
            case "/hang" -> {
                pause(10_000);
                empty(exchange, 200);
            }
            case "/loop-a" -> redirect(exchange, "/loop-b");
            case "/loop-b" -> redirect(exchange, "/loop-a");
            case "/moved" -> redirect(exchange, "/ok");
            case "/endless" -> {
                if (head) {
                    empty(exchange, 405);
                    return;
                }
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < 600; i++) {
                        out.write(new byte[64]);
                        out.flush();
                        pause(100);
                    }
                } catch (IOException gone) {
                    // The checker hung up after the status line, as it should.
                }
            }
            case "/slow" -> {
                int now = inFlight.incrementAndGet();
                mostInFlight.accumulateAndGet(now, Math::max);
                pause(200);
                inFlight.decrementAndGet();
                empty(exchange, 200);
            }
            default -> empty(exchange, 404);
        }
    }

    @Test
    void statuses_are_recorded_as_the_server_gives_them() {
        assertThat(check("/ok")).isEqualTo(new Seen(LinkOutcome.REACHABLE, 200, "HEAD"));
        assertThat(check("/missing")).isEqualTo(new Seen(LinkOutcome.HTTP_ERROR, 404, "HEAD"));
        assertThat(check("/broken")).isEqualTo(new Seen(LinkOutcome.HTTP_ERROR, 500, "HEAD"));
        assertThat(check("/moved")).isEqualTo(new Seen(LinkOutcome.REACHABLE, 200, "HEAD"));
        assertThat(requests).allMatch(line -> line.contains(" HautsDeSeineCatalog-LinkChecker/1.0 "));
    }

    @Test
    void a_refused_head_is_followed_by_a_one_byte_get() {
        assertThat(check("/no-head")).isEqualTo(new Seen(LinkOutcome.REACHABLE, 206, "GET"));
        assertThat(requests).containsExactly(
                "HEAD /no-head HautsDeSeineCatalog-LinkChecker/1.0 null",
                "GET /no-head HautsDeSeineCatalog-LinkChecker/1.0 bytes=0-0");
    }

    @Test
    void a_server_that_never_answers_is_a_timeout() {
        assertThat(check("/hang")).isEqualTo(new Seen(LinkOutcome.TIMEOUT, 0, ""));
    }

    @Test
    void a_redirect_loop_ends_as_too_many_redirects() {
        assertThat(check("/loop-a")).isEqualTo(new Seen(LinkOutcome.TOO_MANY_REDIRECTS, 0, ""));
        assertThat(requests).hasSizeLessThanOrEqualTo(CONFIG.maxRedirects() + 1);
    }

    @Test
    void an_endless_body_is_never_read() {
        assertThat(check("/endless")).isEqualTo(new Seen(LinkOutcome.REACHABLE, 200, "GET"));
    }

    @Test
    void invalid_urls_refused_hosts_and_dead_ports_get_codes_of_their_own_and_are_never_requested() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }

        Map<String, LinkResult> results = checker.checkAll(List.of("http://exa mple.org/a b", "ftp://127.0.0.1/file.csv",
                "mailto:contact@example.org", base.replace("127.0.0.1", "localhost") + "/ok",
                "http://127.0.0.1:" + deadPort + "/ok"));

        assertThat(results.values().stream().map(LinkResult::outcome).toList()).containsExactly(LinkOutcome.INVALID_URL,
                LinkOutcome.INVALID_URL, LinkOutcome.INVALID_URL, LinkOutcome.HOST_NOT_ALLOWED, LinkOutcome.CONNECTION_FAILED);
        assertThat(requests).isEmpty();
    }

    @Test
    void no_more_than_two_requests_reach_one_host_at_a_time() {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            urls.add(base + "/slow?n=" + i);
        }

        Map<String, LinkResult> results = checker.checkAll(urls);

        assertThat(results.values()).allMatch(LinkResult::reachable).hasSize(8);
        // Eight checks on eight workers: without the limit, up to eight would overlap at the server.
        assertThat(mostInFlight.get()).isEqualTo(2);
    }

    private Seen check(String path) {
        LinkResult result = checker.check(base + path);
        return new Seen(result.outcome(), result.status(), result.method());
    }

    private record Seen(LinkOutcome outcome, int status, String method) {
    }

    private static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static void redirect(HttpExchange exchange, String to) throws IOException {
        exchange.getResponseHeaders().add("Location", to);
        empty(exchange, 302);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
