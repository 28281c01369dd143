package fr.hautsdeseine.catalog.quality;

import fr.hautsdeseine.catalog.config.LinkCheckConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Checks that URLs answer, as gently as a harvester should: {@code HEAD} first, a ranged {@code GET}
 * (one byte, body never read) when {@code HEAD} is refused; one time limit for the whole check, redirects
 * included; redirects followed by hand up to a limit, each hop checked again for its scheme and host; at
 * most {@code perHost} requests at a time to one host, with a pause after each; an identifying
 * User-Agent. Only http and https URLs on allowed hosts are requested; anything else is recorded with its
 * own code, never fetched.
 */
public final class LinkChecker implements AutoCloseable {
    /** Statuses that mean "this server does not do HEAD": the check then asks for one byte by GET. */
    private static final Set<Integer> HEAD_REFUSED = Set.of(400, 403, 405, 501);

    private final LinkCheckConfig config;
    private final Predicate<String> allowedHost;
    private final Clock clock;
    private final HostGate gate;
    private final HttpClient http;
    private final ExecutorService workers = Executors.newFixedThreadPool(8, runnable -> {
        Thread thread = new Thread(runnable, "link-check");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param allowedHost the harvest allow-list ({@code CATALOG_HARVEST_ALLOWED_HOSTS}): hosts it refuses are not checked
     */
    public LinkChecker(LinkCheckConfig config, Predicate<String> allowedHost, Clock clock) {
        this.config = config;
        this.allowedHost = allowedHost;
        this.clock = clock;
        this.gate = new HostGate(config.perHost(), config.pause());
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.timeout())
                .build();
    }

    /** Checks every URL, several hosts at once and each host within its limit; results in the order given. */
    public Map<String, LinkResult> checkAll(Collection<String> urls) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(urls));
        List<Future<LinkResult>> pending = new ArrayList<>();
        distinct.forEach(url -> pending.add(workers.submit(() -> check(url))));
        Map<String, LinkResult> results = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            try {
                results.put(distinct.get(i), pending.get(i).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Link check interrupted", e);
            } catch (CancellationException e) {
                throw new IllegalStateException("Link check stopped: the server is stopping", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Link check of <" + distinct.get(i) + "> failed", e.getCause());
            }
        }
        if (workers.isShutdown()) {
            // Checks the stop cut short would read as timeouts: none of this run is kept.
            throw new IllegalStateException("Link check stopped: the server is stopping");
        }
        return results;
    }

    /** Checks one URL. */
    public LinkResult check(String url) {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        Set<URI> seen = new HashSet<>();
        URI current;
        try {
            current = new URI(url);
        } catch (URISyntaxException e) {
            return result(url, LinkOutcome.INVALID_URL, 0, "");
        }
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            LinkOutcome refused = refusal(current);
            if (refused != null) {
                return result(url, refused, 0, "");
            }
            if (!seen.add(current)) {
                return result(url, LinkOutcome.TOO_MANY_REDIRECTS, 0, "");
            }
            Answer answer;
            try {
                URI target = current;
                answer = gate.through(current.getHost(), () -> ask(target, deadline));
            } catch (Failure failure) {
                return result(url, failure.outcome, 0, "");
            }
            if (answer.status >= 300 && answer.status < 400 && answer.location != null) {
                try {
                    current = current.resolve(new URI(answer.location.trim()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return result(url, LinkOutcome.INVALID_URL, answer.status, answer.method);
                }
                continue;
            }
            boolean ok = answer.status >= 200 && answer.status < 300;
            return result(url, ok ? LinkOutcome.REACHABLE : LinkOutcome.HTTP_ERROR, answer.status, answer.method);
        }
        return result(url, LinkOutcome.TOO_MANY_REDIRECTS, 0, "");
    }

    private LinkOutcome refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return LinkOutcome.INVALID_URL;
        }
        return allowedHost.test(uri.getHost()) ? null : LinkOutcome.HOST_NOT_ALLOWED;
    }

    /** HEAD, then a one-byte GET when the server refuses HEAD. */
    private Answer ask(URI uri, long deadline) {
        Answer head = send(uri, "HEAD", deadline);
        if (!HEAD_REFUSED.contains(head.status)) {
            return head;
        }
        return send(uri, "GET", deadline);
    }

    private Answer send(URI uri, String method, long deadline) {
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        if (left.isNegative() || left.isZero()) {
            throw new Failure(LinkOutcome.TIMEOUT);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(left).header("User-Agent", config.userAgent());
        if (method.equals("GET")) {
            request.GET().header("Range", "bytes=0-0");
        } else {
            request.method("HEAD", HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            // Only the status matters: closing the body unread drops the connection, so an endless body costs nothing.
            response.body().close();
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null), method);
        } catch (HttpConnectTimeoutException e) {
            throw new Failure(LinkOutcome.CONNECTION_FAILED);
        } catch (HttpTimeoutException e) {
            throw new Failure(LinkOutcome.TIMEOUT);
        } catch (ConnectException e) {
            throw new Failure(LinkOutcome.CONNECTION_FAILED);
        } catch (IOException e) {
            throw new Failure(LinkOutcome.CONNECTION_FAILED);
        } catch (IllegalArgumentException e) {
            throw new Failure(LinkOutcome.INVALID_URL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(LinkOutcome.TIMEOUT);
        }
    }

    private LinkResult result(String url, LinkOutcome outcome, int status, String method) {
        return new LinkResult(url, outcome, status, method, clock.instant());
    }

    /** Ends the checks under way (their threads only wait on the network) and cancels those not begun. */
    @Override
    public void close() {
        workers.shutdownNow().forEach(queued -> ((Future<?>) queued).cancel(false));
    }

    private record Answer(int status, String location, String method) {
    }

    /** A check that ended without an HTTP answer. */
    private static final class Failure extends RuntimeException {
        private final LinkOutcome outcome;

        Failure(LinkOutcome outcome) {
            super(outcome.code(), null, false, false);
            this.outcome = outcome;
        }
    }
}
