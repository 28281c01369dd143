package fr.hautsdeseine.catalog.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded soak on loopback: readers of every route family (site, search, /catalog, /datasets/{id}, /sparql)
 * and one writer, for a set time, against a server holding a generated catalog. It counts 5xx answers, keeps
 * every latency by route family, and samples the server's heap and resident memory as it goes.
 */
final class Soak {
    private static final List<String> FAMILIES = List.of("site", "search", "catalog", "dataset", "sparql", "write");
    private static final Pattern HEAP = Pattern.compile("jvm_memory_used_bytes\\{area=\"heap\",[^}]*} ([0-9.eE+]+)");
    private static final String[] WORDS = {"collège", "parc", "budget", "transport", "eau", "école", "vélo", "route"};

    /** What one route family saw. */
    record Family(String name, int requests, int serverErrors, int otherErrors, double p50, double p95, double p99, double max) {
    }

    /** Memory at one moment: seconds since the start, heap used and resident set, in MB. */
    record Sample(double seconds, double heapMb, double rssMb) {
    }

    record Result(Duration duration, int readers, int records, List<Family> families, List<Sample> memory) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, List<Long>> latencies = new TreeMap<>();
    private final Map<String, AtomicInteger> serverErrors = new TreeMap<>();
    private final Map<String, AtomicInteger> otherErrors = new TreeMap<>();

    Soak() {
        for (String family : FAMILIES) {
            latencies.put(family, java.util.Collections.synchronizedList(new ArrayList<>()));
            serverErrors.put(family, new AtomicInteger());
            otherErrors.put(family, new AtomicInteger());
        }
    }

    Result run(Path jar, Path work, Duration duration, int readers, int records, long seed) throws Exception {
        Path data = work.resolve("soak/data");
        Path catalog = work.resolve("soak/catalog.ttl");
        java.nio.file.Files.createDirectories(catalog.getParent());
        Process generate = ServerUnderTest.command(jar, List.of("generate", "--datasets", Integer.toString(records),
                "--seed", Long.toString(seed), "--out", catalog.toString()), work.resolve("soak/generate.log"));
        Process load = null;
        if (generate.waitFor() == 0) {
            load = ServerUnderTest.command(jar, List.of("import", "--data-dir", data.toString(), "--base-url",
                    ServerUnderTest.BASE_URL, catalog.toString()), work.resolve("soak/import.log"));
        }
        if (load == null || load.waitFor() != 0) {
            throw new IllegalStateException("Could not generate and import the soak's catalog; see " + work.resolve("soak"));
        }
        ServerUnderTest server = ServerUnderTest.start(jar, data, work.resolve("soak/server.log"), "1g");
        List<String> ids = ids(server);
        List<Sample> memory = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(readers + 1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                Random random = new Random(seed + r);
                running.add(clients.submit(() -> read(server, ids, random, deadline)));
            }
            running.add(clients.submit(() -> write(server, new Random(seed - 1), deadline)));
            long every = Math.max(1, duration.toSeconds() / 30);
            while (System.nanoTime() < deadline) {
                memory.add(new Sample((System.nanoTime() - started) / 1e9, heapMb(server), server.residentMb()));
                Thread.sleep(Math.min(every * 1000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            }
            for (Future<?> client : running) {
                client.get();
            }
            memory.add(new Sample((System.nanoTime() - started) / 1e9, heapMb(server), server.residentMb()));
        } finally {
            clients.shutdownNow();
            server.stop();
        }
        List<Family> families = new ArrayList<>();
        for (String family : FAMILIES) {
            long[] all = latencies.get(family).stream().mapToLong(Long::longValue).sorted().toArray();
            families.add(new Family(family, all.length, serverErrors.get(family).get(), otherErrors.get(family).get(),
                    millis(all, 50), millis(all, 95), millis(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6));
        }
        return new Result(duration, readers, records, families, memory);
    }

    private Void read(ServerUnderTest server, List<String> ids, Random random, long deadline) {
        while (System.nanoTime() < deadline) {
            String word = WORDS[random.nextInt(WORDS.length)];
            switch (random.nextInt(5)) {
                case 0 -> timed("site", server.url(random.nextBoolean() ? "/" : "/datasets/" + ids.get(random.nextInt(ids.size()))));
                case 1 -> timed("search", server.url("/datasets?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)
                        + "&page=" + (1 + random.nextInt(3))));
                case 2 -> timed("catalog", server.url("/catalog.ttl?page=" + (1 + random.nextInt(5)) + "&page_size=50"));
                case 3 -> timed("dataset", server.url("/datasets/" + ids.get(random.nextInt(ids.size())) + ".jsonld"));
                default -> timed("sparql", server.url("/sparql?format=json&query=" + URLEncoder.encode(
                        "SELECT ?d ?t WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> ; <http://purl.org/dc/terms/title> ?t . "
                                + "FILTER(CONTAINS(LCASE(STR(?t)), \"" + word + "\")) } LIMIT 20", StandardCharsets.UTF_8)));
            }
        }
        return null;
    }

    /** One writer replacing a handful of records of its own in turn, as an editor in the back office would. */
    private Void write(ServerUnderTest server, Random random, long deadline) throws InterruptedException {
        for (int n = 1; System.nanoTime() < deadline; n++) {
            String id = "soak-" + random.nextInt(20);
            HttpRequest put = HttpRequest.newBuilder(URI.create(server.url("/api/datasets/" + id))).timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + ServerUnderTest.TOKEN).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString(VersionedRecords.turtle(id, Integer.toString(n)), StandardCharsets.UTF_8))
                    .build();
            send("write", put);
            Thread.sleep(200);
        }
        return null;
    }

    private void timed(String family, String url) {
        send(family, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build());
    }

    private void send(String family, HttpRequest request) {
        long sent = System.nanoTime();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 599;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        latencies.get(family).add(System.nanoTime() - sent);
        if (status >= 500) {
            serverErrors.get(family).incrementAndGet();
        } else if (status >= 400) {
            otherErrors.get(family).incrementAndGet();
        }
    }

    /** The catalog's record ids, from its first page. */
    private List<String> ids(ServerUnderTest server) throws IOException, InterruptedException {
        String csv = http.send(HttpRequest.newBuilder(URI.create(server.url("/sparql?format=csv&query=" + URLEncoder.encode(
                "SELECT ?id WHERE { ?d a <http://www.w3.org/ns/dcat#Dataset> ; <http://purl.org/dc/terms/identifier> ?id } LIMIT 500",
                StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString()).body();
        List<String> ids = csv.lines().skip(1).map(String::strip).filter(id -> id.matches("[A-Za-z0-9._-]+")).toList();
        if (ids.isEmpty()) {
            throw new IllegalStateException("The soak's catalog has no record to read");
        }
        return ids;
    }

    private double heapMb(ServerUnderTest server) {
        try {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(server.url("/metrics"))).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher matcher = HEAP.matcher(metrics);
            double bytes = 0;
            while (matcher.find()) {
                bytes += Double.parseDouble(matcher.group(1));
            }
            return bytes / 1e6;
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    private static double millis(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
