package fr.hautsdeseine.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figures of read replicas, run by {@code bench/replication} (beside the test classes, for the broker and the
 * child servers the replication test uses): reads per second on the primary alone and on each replica, and
 * the lag from the primary's answer to a write until a replica serves it, under a steady write load while
 * both replicas serve reads. Prints a Markdown table; speed is reported, never asserted.
 */
public final class ReplicationBench {
    private static final String TEMPLATE = TestCatalog.resource("/records/one-dataset.ttl");
    private static final int RECORDS = 200;
    private static final int READERS = 4;
    private static final Duration READ_BURST = Duration.ofSeconds(10);
    private static final Duration WRITE_LOAD = Duration.ofSeconds(30);
    private static final long WRITE_EVERY_MILLIS = 100;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench/replication").toAbsolutePath();
        Files.createDirectories(dir);
        new ReplicationBench().run(dir);
    }

    private void run(Path dir) throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(dir)) {
            ChildServer primary = ChildServer.start(dir.resolve("primary"), dir.resolve("primary.log"), Map.of(
                    "CATALOG_KAFKA_BOOTSTRAP", broker.bootstrap(), "CATALOG_ACCESS_LOG", "false"));
            List<ChildServer> replicas = new ArrayList<>();
            try {
                for (int n = 1; n <= 2; n++) {
                    replicas.add(ChildServer.start(dir.resolve("replica-" + n), dir.resolve("replica-" + n + ".log"),
                            Map.of("CATALOG_ROLE", "replica", "CATALOG_KAFKA_BOOTSTRAP", broker.bootstrap(),
                                    "CATALOG_PRIMARY_URL", primary.url(""), "CATALOG_ACCESS_LOG", "false")));
                }
                for (int n = 0; n < RECORDS; n++) {
                    put(primary, "r" + n, "Jeu " + n);
                }
                for (ChildServer replica : replicas) {
                    awaitSequence(replica, lastSequence(primary));
                }
                List<String> rows = new ArrayList<>();
                rows.add("| reads/s, primary alone (replicas idle) | " + reads(List.of(primary)) + " |");
                rows.add("| reads/s, one replica alone | " + reads(List.of(replicas.get(0))) + " |");
                rows.add("| reads/s, both replicas at once (sum) | " + reads(replicas) + " |");
                rows.addAll(lagUnderWrites(primary, replicas));
                System.out.println("| measure | figure |\n|---|---:|");
                rows.forEach(System.out::println);
            } finally {
                for (ChildServer replica : replicas) {
                    replica.stop();
                }
                primary.stop();
            }
        }
    }

    /** Dataset pages as HTML, {@link #READERS} connections per server, for {@link #READ_BURST}, after a warm-up. */
    private long reads(List<ChildServer> servers) throws Exception {
        readLoad(servers, Duration.ofSeconds(3));
        return Math.round(readLoad(servers, READ_BURST) / (double) READ_BURST.toSeconds());
    }

    private long readLoad(List<ChildServer> servers, Duration length) throws Exception {
        AtomicLong answered = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> readers = startReaders(servers, running, answered);
        Thread.sleep(length.toMillis());
        running.set(false);
        for (Thread reader : readers) {
            reader.join();
        }
        return answered.get();
    }

    private List<Thread> startReaders(List<ChildServer> servers, AtomicBoolean running, AtomicLong answered) {
        List<Thread> readers = new ArrayList<>();
        for (ChildServer server : servers) {
            for (int r = 0; r < READERS; r++) {
                int seed = r;
                Thread reader = new Thread(() -> {
                    int n = seed;
                    while (running.get()) {
                        try {
                            HttpResponse<Void> page = http.send(HttpRequest.newBuilder(
                                    URI.create(server.url("/datasets/r" + n++ % RECORDS))).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            if (page.statusCode() == 200) {
                                answered.incrementAndGet();
                            }
                        } catch (Exception e) {
                            return;
                        }
                    }
                });
                reader.start();
                readers.add(reader);
            }
        }
        return readers;
    }

    /**
     * One writer replaces a record every {@link #WRITE_EVERY_MILLIS} ms on the primary while each replica serves
     * reads on 2 connections; a watcher per replica polls its {@code /health} and notes when each sequence
     * first shows. Lag: from the primary's answer to the write until the replica shows its sequence.
     */
    private List<String> lagUnderWrites(ChildServer primary, List<ChildServer> replicas) throws Exception {
        long first = lastSequence(primary) + 1;
        Map<Long, Long> answeredAt = new ConcurrentHashMap<>();
        List<Map<Long, Long>> seenAt = new ArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong reads = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (ChildServer replica : replicas) {
            Map<Long, Long> seen = new ConcurrentHashMap<>();
            seenAt.add(seen);
            Thread watcher = new Thread(() -> {
                long known = first - 1;
                while (running.get() || known < first + answeredAt.size() - 1) {
                    try {
                        long now = lastSequence(replica);
                        long at = System.nanoTime();
                        for (long s = known + 1; s <= now; s++) {
                            seen.put(s, at);
                        }
                        known = Math.max(known, now);
                        Thread.sleep(2);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            watcher.start();
            threads.add(watcher);
        }
        List<Thread> readers = new ArrayList<>();
        for (ChildServer replica : replicas) {
            readers.addAll(startReaders(List.of(replica), running, reads).subList(0, 2));
        }
        long end = System.nanoTime() + WRITE_LOAD.toNanos();
        long sequence = first;
        for (int n = 0; System.nanoTime() < end; n++) {
            long started = System.nanoTime();
            put(primary, "r" + n % RECORDS, "Version " + n);
            answeredAt.put(sequence++, System.nanoTime());
            Thread.sleep(Math.max(0, WRITE_EVERY_MILLIS - (System.nanoTime() - started) / 1_000_000));
        }
        running.set(false);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        for (Thread reader : readers) {
            reader.join();
        }
        List<String> rows = new ArrayList<>();
        rows.add("| writes during the lag measure | " + answeredAt.size() + " in " + WRITE_LOAD.toSeconds() + " s (one writer) |");
        for (int r = 0; r < replicas.size(); r++) {
            Map<Long, Long> seen = seenAt.get(r);
            double[] lags = answeredAt.entrySet().stream().filter(e -> seen.containsKey(e.getKey()))
                    .mapToDouble(e -> Math.max(0, seen.get(e.getKey()) - e.getValue()) / 1e6).sorted().toArray();
            rows.add("| replica " + (r + 1) + ": lag from the primary's answer to visibility, median | "
                    + String.format("%.1f ms", percentile(lags, 50)) + " |");
            rows.add("| replica " + (r + 1) + ": same, p99 | " + String.format("%.1f ms", percentile(lags, 99))
                    + " (" + lags.length + " writes seen) |");
        }
        rows.add("| reads served by the replicas meanwhile | " + Math.round(reads.get() / (double) WRITE_LOAD.toSeconds())
                + " reads/s in all |");
        return rows;
    }

    private static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private void awaitSequence(ChildServer replica, long sequence) throws Exception {
        while (lastSequence(replica) < sequence) {
            Thread.sleep(100);
        }
    }

    private long lastSequence(ChildServer server) throws Exception {
        String health = http.send(HttpRequest.newBuilder(URI.create(server.url("/health"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return json.readTree(health).path("replication").path("lastSequence").asLong();
    }

    private void put(ChildServer server, String id, String title) throws Exception {
        String body = TEMPLATE.replace("https://example.org/datasets/colleges", "https://example.org/datasets/" + id)
                .replace("\"colleges\"", "\"" + id + "\"").replace("Collèges du département", title);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.url("/api/datasets/" + id)))
                .header("Authorization", "Bearer " + TestCatalog.TOKEN).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("PUT " + id + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }
}
