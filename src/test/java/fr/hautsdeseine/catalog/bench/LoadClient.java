package fr.hautsdeseine.catalog.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A closed-loop load generator on loopback: {@code concurrency} workers each send a request, wait
 * for the whole answer, and send the next, until {@code maxRequests} are sent or the time is up.
 */
final class LoadClient {
    /** What a burst achieved; latencies in milliseconds. */
    record Result(int requests, int failures, double seconds, double perSecond, double p50, double p99) {
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int concurrency;

    LoadClient(int concurrency) {
        this.concurrency = concurrency;
    }

    /** One plain GET, for probes and single timings. */
    HttpResponse<byte[]> get(URI uri, String accept) throws Exception {
        return http.send(request(uri, accept), HttpResponse.BodyHandlers.ofByteArray());
    }

    Result burst(IntFunction<URI> uris, String accept, int maxRequests, Duration maxTime) throws Exception {
        long deadline = System.nanoTime() + maxTime.toNanos();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        try {
            List<Future<long[]>> latencies = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                latencies.add(workers.submit(() -> {
                    long[] mine = new long[maxRequests];
                    int count = 0;
                    for (int i = next.getAndIncrement(); i < maxRequests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        HttpResponse<byte[]> response = http.send(request(uris.apply(i), accept), HttpResponse.BodyHandlers.ofByteArray());
                        mine[count++] = System.nanoTime() - sent;
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    return java.util.Arrays.copyOf(mine, count);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> future : latencies) {
                all.add(future.get());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] merged = all.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            if (merged.length == 0) {
                return new Result(0, failures.get(), seconds, 0, 0, 0);
            }
            return new Result(merged.length, failures.get(), seconds, merged.length / seconds,
                    Stats.percentile(merged, 50) / 1e6, Stats.percentile(merged, 99) / 1e6);
        } finally {
            workers.shutdownNow();
        }
    }

    private static HttpRequest request(URI uri, String accept) {
        return HttpRequest.newBuilder(uri).header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build();
    }
}
