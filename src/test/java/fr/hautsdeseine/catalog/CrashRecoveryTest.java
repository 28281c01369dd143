package fr.hautsdeseine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeEntry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server in its own process, writing on two connections (replace, add two, withdraw), killed with
 * SIGKILL at random moments and restarted on the same store, with command-line imports in between (some
 * killed too). Whatever the moment: every acknowledged write is there, the log has no gap, replaying the
 * log gives the store (no entry without its change, no change without its entry), and the restarted
 * server's indexes, catalog, site search and SPARQL agree with the store.
 */
class CrashRecoveryTest {
    private static final String WITHDRAWN = "withdrawn";
    private static final String TEMPLATE = TestCatalog.resource("/records/one-dataset.ttl");
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @TempDir
    Path replica;

    /** By record id: the state of its last acknowledged write, and of the write in flight when the server died. */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, String> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger versions = new AtomicInteger();
    /** Counted down by the round's first acknowledged write. */
    private volatile CountDownLatch firstAnswer = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_server_killed_during_writes_restarts_with_every_acknowledged_write_and_a_log_without_gaps() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");

        for (int round = 0; round < ROUNDS; round++) {
            ChildServer server = ChildServer.start(data, log);
            firstAnswer = new CountDownLatch(1);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                long writerSeed = random.nextLong();
                String prefix = "r" + round % 2 + "w" + w;
                Thread writer = new Thread(() -> writeUntilRefused(server, prefix, new Random(writerSeed)));
                writer.start();
                writers.add(writer);
            }
            // The kill's clock starts at the first answer: on a busy machine a fresh server's first writes are slow.
            firstAnswer.await(5, TimeUnit.MINUTES);
            Thread.sleep(1_500 + random.nextInt(3_000));
            server.kill();
            for (Thread writer : writers) {
                writer.join();
            }
            importOffline(data, "imp" + round, random, log);
        }
        ChildServer last = ChildServer.start(data, log);
        String health = get(last, "/health");
        Set<String> catalogIds = catalogIds(last);
        String search = get(last, "/datasets");
        String sparql = get(last, "/sparql?query=" + URLEncoder.encode(
                "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <http://www.w3.org/ns/dcat#CatalogRecord> }",
                StandardCharsets.UTF_8) + "&format=csv");
        last.kill();

        assertThat(acknowledged).as("seed %d: writes acknowledged before the kills", seed).hasSizeGreaterThan(4);
        try (CatalogStore store = CatalogStore.open(data, new CatalogIris(ChildServer.BASE_URL))) {
            Map<String, String> stored = new HashMap<>();
            for (String id : store.recordIds()) {
                stored.put(id, title(store.record(id).orElseThrow()));
            }
            acknowledged.forEach((id, state) -> assertThat(stored.getOrDefault(id, WITHDRAWN))
                    .as("seed %d: record %s", seed, id).isIn(state, inFlight.getOrDefault(id, state)));
            assertThat(health).contains("\"records\":" + store.recordCount());
            assertThat(catalogIds).as("seed %d: the catalog's records", seed).isEqualTo(Set.copyOf(store.recordIds()));
            assertThat(search).as("seed %d: the site search's count", seed)
                    .contains(">" + resultCount(store.recordCount()) + "</h2>");
            assertThat(sparql.lines().toList()).as("seed %d: SPARQL's count", seed).contains(Long.toString(store.recordCount()));

            List<ChangeEntry> entries = store.changes().readFrom(1, Integer.MAX_VALUE);
            assertThat(entries).extracting(ChangeEntry::sequence)
                    .as("seed %d: entry numbers", seed).isEqualTo(numbersUpTo(store.changes().lastSequence()));
            DatasetGraph copy = DatabaseMgr.connectDatasetGraph(replica.toString());
            for (ChangeEntry entry : entries) {
                RDFPatchOps.applyChange(copy, entry.parsedPatch());
            }
            Map<String, Graph> live = store.read(dsg -> recordGraphs(dsg, store.iris()));
            Map<String, Graph> replayed = Txn.calculateRead(copy, () -> recordGraphs(copy, store.iris()));
            assertThat(replayed.keySet()).as("seed %d: graphs after replay", seed).isEqualTo(live.keySet());
            live.forEach((graph, content) -> assertThat(replayed.get(graph).isIsomorphicWith(content))
                    .as("seed %d: graph %s after replay", seed, graph).isTrue());
        }
    }

    /**
     * Imports three records from the command line while no server runs; half the time the import is killed
     * after a random delay, and then it may or may not have committed.
     */
    private void importOffline(Path data, String prefix, Random random, Path log) throws IOException, InterruptedException {
        String version = "v" + versions.incrementAndGet();
        Path file = dir.resolve(prefix + ".ttl");
        Files.writeString(file, body(prefix + "-a", version) + body(prefix + "-b", version) + body(prefix + "-c", version));
        Map<String, String> states = Map.of(prefix + "-a", version, prefix + "-b", version, prefix + "-c", version);
        inFlight.putAll(states);
        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "import", "--data-dir", data.toString(),
                "--base-url", ChildServer.BASE_URL, file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (random.nextBoolean()) {
            Thread.sleep(500 + random.nextInt(4_000));
            cli.destroyForcibly();
        }
        if (cli.waitFor() == 0) {
            acknowledged.putAll(states);
            states.keySet().forEach(inFlight::remove);
        }
    }

    /** How the site's search page in French heads a count of results. */
    private static String resultCount(long count) {
        return count == 0 ? "Aucun résultat" : count == 1 ? "1 résultat" : count + " résultats";
    }

    /** The ids of every dataset of the catalog, on one page. */
    private Set<String> catalogIds(ChildServer server) throws IOException, InterruptedException {
        Graph page = GraphFactory.createDefaultGraph();
        RDFParser.fromString(get(server, "/catalog.nt?page_size=1000"), Lang.NTRIPLES).parse(page);
        Set<String> ids = new HashSet<>();
        page.find(null, DCTerms.identifier.asNode(), null).forEachRemaining(t -> ids.add(t.getObject().getLiteralLexicalForm()));
        return ids;
    }

    /** Writes one record or two at a time until the server stops answering. */
    private void writeUntilRefused(ChildServer server, String prefix, Random random) {
        while (true) {
            int choice = random.nextInt(10);
            String id = prefix + "-" + random.nextInt(6);
            try {
                if (choice < 6) {
                    String version = "v" + versions.incrementAndGet();
                    attempt(Map.of(id, version), () -> send(server, "PUT", "/api/datasets/" + id, body(id, version)));
                } else if (choice < 8) {
                    String other = prefix + "-" + (6 + random.nextInt(3));
                    String version = "v" + versions.incrementAndGet();
                    attempt(Map.of(id, version, other, version),
                            () -> send(server, "POST", "/api/datasets", body(id, version) + body(other, version)));
                } else {
                    attempt(Map.of(id, WITHDRAWN), () -> send(server, "DELETE", "/api/datasets/" + id, ""));
                }
            } catch (IOException | InterruptedException dead) {
                return;
            }
        }
    }

    private interface Request {
        int send() throws IOException, InterruptedException;
    }

    private void attempt(Map<String, String> states, Request request) throws IOException, InterruptedException {
        inFlight.putAll(states);
        int status = request.send();
        // A withdrawal of a record that is not there (404) leaves it withdrawn too.
        if (status / 100 != 2 && !(status == 404 && states.containsValue(WITHDRAWN))) {
            throw new AssertionError("The server refused a write with " + status);
        }
        acknowledged.putAll(states);
        states.keySet().forEach(inFlight::remove);
        firstAnswer.countDown();
    }

    private int send(ChildServer server, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TestCatalog.TOKEN).header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String get(ChildServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** The test record, under another id, with the version as its title. */
    private static String body(String id, String version) {
        return TEMPLATE.replace("https://example.org/datasets/colleges", "https://example.org/datasets/" + id)
                .replace("\"colleges\"", "\"" + id + "\"")
                .replace("Collèges du département", version) + "\n";
    }

    private static String title(Graph record) {
        var found = record.find(null, DCTerms.title.asNode(), null);
        while (found.hasNext()) {
            String title = found.next().getObject().getLiteralLexicalForm();
            if (title.matches("v\\d+")) {
                return title;
            }
        }
        throw new AssertionError("A record without its version title");
    }

    private static List<Long> numbersUpTo(long last) {
        List<Long> numbers = new ArrayList<>();
        for (long n = 1; n <= last; n++) {
            numbers.add(n);
        }
        return numbers;
    }

    private static Map<String, Graph> recordGraphs(DatasetGraph dsg, CatalogIris iris) {
        Map<String, Graph> graphs = new HashMap<>();
        dsg.find().forEachRemaining(quad -> {
            String graph = quad.getGraph().getURI();
            if (graph.startsWith(iris.recordGraphPrefix()) || graph.startsWith(iris.reportGraphPrefix())) {
                graphs.computeIfAbsent(graph, g -> GraphFactory.createDefaultGraph()).add(quad.asTriple());
            }
        });
        return graphs;
    }
}
