package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.config.HarvestConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Fetches one partner page under the harvest limits: http and https only, allowed hosts only, a few
 * redirects followed by hand (loops detected), a time limit on the whole exchange, a size limit
 * enforced while the body streams in, and retries with a growing pause on 5xx answers and timeouts.
 * {@link #stop()} ends every exchange and pause under way, so that a stopping server never interrupts
 * a run's thread (which may be writing to the store).
 */
public final class PageFetcher {
    private final HarvestConfig config;
    private final HttpClient http;
    private final Set<CompletableFuture<?>> exchanges = ConcurrentHashMap.newKeySet();
    private final CountDownLatch stopping = new CountDownLatch(1);

    public PageFetcher(HarvestConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .build();
    }

    /** Fetches a page of at most {@code budget} bytes (the smaller of the page and remaining run limits). */
    public FetchedPage fetch(URI url, String accept, long budget) {
        for (int attempt = 1; ; attempt++) {
            refuseWhenStopping(url);
            try {
                return followingRedirects(url, accept, budget);
            } catch (Retryable e) {
                if (attempt > config.retries()) {
                    throw new HarvestFetchException(e.getMessage() + (attempt > 1 ? " (" + attempt + " attempts)" : ""));
                }
                pause(config.retryBackoff().toMillis() << (attempt - 1));
            }
        }
    }

    /** Refuses what the harvest never fetches: another scheme, or a host outside the allow-list. */
    public void check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new HarvestFetchException("<" + url + "> is not fetched: only http and https URLs are harvested");
        }
        if (url.getHost() == null) {
            throw new HarvestFetchException("<" + url + "> has no host");
        }
        if (!config.allows(url.getHost())) {
            throw new HarvestFetchException("<" + url + "> is not fetched: host " + url.getHost()
                    + " is not in CATALOG_HARVEST_ALLOWED_HOSTS");
        }
    }

    private FetchedPage followingRedirects(URI start, String accept, long budget) {
        List<URI> visited = new ArrayList<>();
        URI url = start;
        while (true) {
            check(url);
            visited.add(url);
            HttpResponse<byte[]> response = send(url, accept, budget);
            int status = response.statusCode();
            if (status == 200) {
                return new FetchedPage(url, response.headers().firstValue("Content-Type"), response.body());
            }
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                URI next = url.resolve(response.headers().firstValue("Location").get().trim());
                if (visited.contains(next)) {
                    throw new HarvestFetchException("redirect loop: " + path(visited) + " -> " + next);
                }
                if (visited.size() > config.maxRedirects()) {
                    throw new HarvestFetchException("more than " + config.maxRedirects() + " redirects: "
                            + path(visited) + " -> " + next);
                }
                url = next;
                continue;
            }
            if (status >= 500) {
                throw new Retryable("<" + url + "> answered " + status);
            }
            throw new HarvestFetchException("<" + url + "> answered " + status, status);
        }
    }

    private HttpResponse<byte[]> send(URI url, String accept, long budget) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(config.readTimeout())
                .header("Accept", accept)
                .header("User-Agent", "hauts-de-seine-catalog-harvester")
                .GET().build();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request, info -> info.statusCode() == 200
                ? new LimitedBody(budget)
                : HttpResponse.BodySubscribers.replacing(null));
        exchanges.add(exchange);
        if (stopping.getCount() == 0) {
            exchange.cancel(true);
        }
        try {
            return exchange.get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (CancellationException e) {
            throw stopped(url);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new Retryable("<" + url + "> did not answer within " + seconds() + " s");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new HarvestFetchException("<" + url + "> interrupted");
        } catch (ExecutionException e) {
            if (stopping.getCount() == 0) {
                throw stopped(url);
            }
            Throwable cause = e.getCause() instanceof IOException && e.getCause().getCause() != null
                    ? e.getCause().getCause() : e.getCause();
            if (cause instanceof LimitedBody.TooLarge) {
                throw new HarvestFetchException("<" + url + "> is too large: " + cause.getMessage());
            }
            // The client's own timer may end the exchange first, and then fail it with another IOException
            // ("subscription is finished"): a failure at the deadline is the timeout's.
            boolean atDeadline = System.nanoTime() - started >= config.readTimeout().toNanos();
            if (cause instanceof HttpTimeoutException || atDeadline) {
                throw new Retryable("<" + url + "> did not answer within " + seconds() + " s");
            }
            throw new HarvestFetchException("<" + url + "> could not be fetched: " + describe(cause));
        } finally {
            exchanges.remove(exchange);
        }
    }

    /** Ends the exchanges and retry pauses under way, and refuses every fetch from now on: the server is stopping. */
    public void stop() {
        stopping.countDown();
        exchanges.forEach(exchange -> exchange.cancel(true));
    }

    private void refuseWhenStopping(URI url) {
        if (stopping.getCount() == 0) {
            throw stopped(url);
        }
    }

    private static HarvestFetchException stopped(URI url) {
        return new HarvestFetchException("<" + url + "> not fetched: the server is stopping");
    }

    private String seconds() {
        return String.valueOf(config.readTimeout().toMillis() / 1000.0);
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static String path(List<URI> visited) {
        return visited.stream().map(URI::toString).collect(Collectors.joining(" -> "));
    }

    private void pause(long millis) {
        try {
            if (stopping.await(millis, TimeUnit.MILLISECONDS)) {
                throw new HarvestFetchException("not fetched again: the server is stopping");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestFetchException("interrupted while waiting to retry");
        }
    }

    /** A failure worth another attempt: a 5xx answer or a timeout. */
    private static final class Retryable extends RuntimeException {
        Retryable(String message) {
            super(message);
        }
    }
}
