package fr.hautsdeseine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.harvest.PartnerCatalogs;
import fr.hautsdeseine.catalog.harvest.PartnerServer;
import fr.hautsdeseine.catalog.ops.Backups;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeEntry;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read replicas fed through a real Kafka broker (KRaft, its own process, from the build's jars): a primary
 * and two replicas, each a server in its own process on loopback. The steps build on each other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicationTest {
    private static final String TEMPLATE = TestCatalog.resource("/records/one-dataset.ttl");
    private static final String TOPIC = "catalog-test";
    private static final Duration CONVERGENCE = Duration.ofSeconds(120);
    private static final String HIT = "(?s)<li class=\"hit\">.*?</li>";

    @TempDir
    static Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private KafkaBroker broker;
    private PartnerServer partner;
    private ChildServer primary;
    private final List<ChildServer> replicas = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        broker = KafkaBroker.start(dir);
        partner = new PartnerServer();
        PartnerCatalogs.threePages(partner);
        primary = ChildServer.start(dir.resolve("primary"), dir.resolve("primary.log"), Map.of(
                "CATALOG_KAFKA_BOOTSTRAP", broker.bootstrap(), "CATALOG_KAFKA_TOPIC", TOPIC,
                "CATALOG_BACKUP_DIR", dir.resolve("backups").toString()));
        replicas.add(startReplica("replica-1"));
        replicas.add(startReplica("replica-2"));
    }

    @AfterAll
    void stop() throws Exception {
        for (ChildServer replica : replicas) {
            replica.kill();
        }
        if (primary != null) {
            primary.kill();
        }
        if (partner != null) {
            partner.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Order(1)
    void writes_imports_harvests_and_withdrawals_on_the_primary_reach_both_replicas() throws Exception {
        for (String id : List.of("alpha", "beta", "gamma", "delta")) {
            assertThat(send(primary, "PUT", "/api/datasets/" + id, body(id, "Premier " + id)).statusCode()).isEqualTo(201);
        }
        assertThat(send(primary, "PUT", "/api/datasets/beta", body("beta", "Bêta revu")).statusCode()).isEqualTo(200);
        assertThat(send(primary, "POST", "/api/datasets", body("import-1", "Importé un") + body("import-2", "Importé deux"))
                .statusCode()).isEqualTo(201);
        String source = "{\"name\": \"ville\", \"type\": \"dcat\", \"url\": \"" + partner.url("/catalog.jsonld?page=1") + "\"}";
        assertThat(send(primary, "POST", "/api/harvest/sources", source, "application/json").statusCode()).isEqualTo(201);
        HttpResponse<String> run = send(primary, "POST", "/api/harvest/sources/ville/runs", "", "application/json");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(send(primary, "DELETE", "/api/datasets/gamma", "").statusCode()).isEqualTo(204);
        assertThat(send(primary, "DELETE", "/api/datasets/import-2", "").statusCode()).isEqualTo(204);

        long last = lastSequence(primary);
        assertThat(last).isGreaterThan(10);
        for (ChildServer replica : replicas) {
            awaitConverged(replica);
            assertSameCatalog(replica);
        }
        assertThat(recordGraphs(replicas.get(0)).keySet()).contains(recordGraph("alpha"), recordGraph("import-1"))
                .doesNotContain(recordGraph("gamma"), recordGraph("import-2"));
        JsonNode health = health(replicas.get(1)).path("replication");
        assertThat(health.path("role").asText()).isEqualTo("replica");
        assertThat(health.path("lastSequence").asLong()).isEqualTo(last);
        assertThat(health.path("lagEntries").asLong()).isZero();
        assertThat(health.path("lagSeconds").asLong()).isZero();
        assertThat(health(primary).path("replication").path("shippingLagEntries").asLong()).isZero();
    }

    @Test
    @Order(2)
    void a_write_sent_to_a_replica_is_refused_and_changes_nothing_anywhere() throws Exception {
        long before = lastSequence(primary);
        ChildServer replica = replicas.get(0);

        HttpResponse<String> put = send(replica, "PUT", "/api/datasets/epsilon", body("epsilon", "Refusé"));
        HttpResponse<String> backOffice = send(replica, "GET", "/admin", null);

        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(json.readTree(put.body()).path("message").asText()).isEqualTo(
                "This server is a read-only replica: send writes to the primary, " + primary.url(""));
        assertThat(put.headers().firstValue("Link")).hasValue("<" + primary.url("/api/datasets/epsilon")
                + ">; rel=\"alternate\"; title=\"primary\"");
        assertThat(put.headers().firstValue("Location")).isEmpty();
        assertThat(backOffice.statusCode()).isEqualTo(405);
        assertThat(json.readTree(backOffice.body()).path("message").asText()).isEqualTo(
                "This server is a read-only replica: send requests to /admin to the primary, " + primary.url(""));
        assertThat(send(replica, "GET", "/datasets/epsilon.ttl", null).statusCode()).isEqualTo(404);
        assertThat(send(primary, "GET", "/datasets/epsilon.ttl", null).statusCode()).isEqualTo(404);
        assertThat(lastSequence(primary)).isEqualTo(before);
        for (ChildServer other : replicas) {
            assertThat(lastSequence(other)).isEqualTo(before);
        }
        // Reads that come by POST are still served.
        assertThat(send(replica, "POST", "/oai", "verb=Identify", "application/x-www-form-urlencoded").statusCode())
                .isEqualTo(200);
    }

    @Test
    @Order(3)
    void a_replica_killed_during_apply_restarts_and_catches_up_with_no_gap_and_no_duplicate() throws Exception {
        Thread writer = new Thread(() -> {
            try {
                for (int n = 0; n < 60; n++) {
                    send(primary, "PUT", "/api/datasets/burst-" + n % 20, body("burst-" + n % 20, "Rafale " + n));
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long before = lastSequence(replicas.get(1));
        writer.start();

        awaitSequenceAbove(replicas.get(1), before + 10);
        replicas.get(1).kill();
        writer.join(TimeUnit.MINUTES.toMillis(5));
        replicas.set(1, startReplica("replica-2"));

        for (ChildServer replica : replicas) {
            awaitConverged(replica);
            assertSameCatalog(replica);
        }
    }

    @Test
    @Order(4)
    void with_the_broker_stopped_the_primary_keeps_accepting_writes_and_the_replicas_converge_when_it_returns()
            throws Exception {
        long shipped = lastSequence(primary);
        broker.stop();

        for (String id : List.of("pendant-1", "pendant-2", "pendant-3")) {
            assertThat(send(primary, "PUT", "/api/datasets/" + id, body(id, "Pendant la panne")).statusCode()).isEqualTo(201);
        }
        assertThat(send(primary, "DELETE", "/api/datasets/alpha", "").statusCode()).isEqualTo(204);
        JsonNode shipping = health(primary).path("replication");
        assertThat(shipping.path("lastSequence").asLong()).isEqualTo(shipped + 4);
        assertThat(shipping.path("shippedSequence").asLong()).isEqualTo(shipped);
        assertThat(shipping.path("shippingLagEntries").asLong()).isEqualTo(4);
        assertThat(lastSequence(replicas.get(0))).isEqualTo(shipped);

        broker.start();
        for (ChildServer replica : replicas) {
            awaitConverged(replica);
            assertSameCatalog(replica);
        }
        assertThat(health(primary).path("replication").path("kafka").asText()).isEqualTo("ok");
    }

    @Test
    @Order(5)
    void a_replica_joining_late_from_a_snapshot_converges() throws Exception {
        HttpResponse<String> backup = send(primary, "POST", "/api/admin/backups", "", "application/json");
        assertThat(backup.statusCode()).as(backup.body()).isEqualTo(201);
        JsonNode manifest = json.readTree(backup.body());
        long snapshot = manifest.path("manifest").path("changeLogSequence").asLong();
        assertThat(snapshot).isEqualTo(lastSequence(primary));
        // The topic keeps nothing older than the snapshot, as retention would leave it: only the snapshot can start a replica.
        deleteTopicRecordsBeforeItsEnd();
        Path joining = dir.resolve("replica-3");
        new Backups(Clock.systemUTC()).restore(dir.resolve("backups").resolve(manifest.path("name").asText()), joining);
        for (String id : List.of("apres-1", "apres-2")) {
            assertThat(send(primary, "PUT", "/api/datasets/" + id, body(id, "Après l'instantané")).statusCode()).isEqualTo(201);
        }
        assertThat(send(primary, "DELETE", "/api/datasets/beta", "").statusCode()).isEqualTo(204);

        replicas.add(startReplica("replica-3"));

        awaitConverged(replicas.get(2));
        assertSameCatalog(replicas.get(2));
        assertThat(lastSequence(replicas.get(2))).isEqualTo(snapshot + 3);
    }

    @Test
    @Order(6)
    void every_replica_log_is_the_primarys_entry_for_entry() throws Exception {
        for (ChildServer replica : replicas) {
            awaitConverged(replica);
        }
        primary.stop();
        for (ChildServer replica : replicas) {
            replica.stop();
        }
        List<ChangeEntry> expected = log(dir.resolve("primary"), 1);
        assertThat(expected).extracting(ChangeEntry::sequence).doesNotHaveDuplicates();
        assertThat(expected.get(expected.size() - 1).sequence()).isEqualTo(expected.size());

        assertThat(log(dir.resolve("replica-1"), 1)).isEqualTo(expected);
        assertThat(log(dir.resolve("replica-2"), 1)).isEqualTo(expected);
        long joinedAt = log(dir.resolve("replica-3"), 1).get(0).sequence();
        assertThat(log(dir.resolve("replica-3"), joinedAt)).isEqualTo(expected.subList((int) joinedAt - 1, expected.size()));
        replicas.clear();
        primary = null;
    }

    private ChildServer startReplica(String name) throws IOException, InterruptedException {
        return ChildServer.start(dir.resolve(name), dir.resolve(name + ".log"), Map.of(
                "CATALOG_ROLE", "replica", "CATALOG_KAFKA_BOOTSTRAP", broker.bootstrap(), "CATALOG_KAFKA_TOPIC", TOPIC,
                "CATALOG_PRIMARY_URL", primary.url("")));
    }

    private List<ChangeEntry> log(Path data, long from) {
        try (CatalogStore store = CatalogStore.open(data, new CatalogIris(ChildServer.BASE_URL))) {
            return store.changes().readFrom(from, 100_000);
        }
    }

    private void deleteTopicRecordsBeforeItsEnd() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap()))) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get().offset();
            admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(end))).all().get(30, TimeUnit.SECONDS);
        }
    }

    /** Waits until the replica applied every entry the primary has, and says it is ready. */
    private void awaitConverged(ChildServer replica) throws Exception {
        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        JsonNode health = null;
        while (System.nanoTime() < deadline) {
            health = health(replica);
            long target = lastSequence(primary);
            if (health.path("replication").path("lastSequence").asLong() == target && health.path("ready").asBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The replica did not converge within " + CONVERGENCE + ": " + health
                + "; the primary: " + health(primary));
    }

    private void awaitSequenceAbove(ChildServer replica, long sequence) throws Exception {
        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (lastSequence(replica) > sequence) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The replica did not pass entry " + sequence + " within " + CONVERGENCE);
    }

    /** Every record and report graph isomorphic, the catalog's first page too, and the site's search page identical. */
    private void assertSameCatalog(ChildServer replica) throws Exception {
        Map<String, Graph> expected = recordGraphs(primary);
        Map<String, Graph> found = recordGraphs(replica);
        assertThat(found.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, graph) -> assertThat(found.get(name).isIsomorphicWith(graph)).as(name).isTrue());

        Model primaryPage = turtle(get(primary, "/catalog.ttl"));
        Model replicaPage = turtle(get(replica, "/catalog.ttl"));
        assertThat(replicaPage.isIsomorphicWith(primaryPage)).as(() -> "/catalog.ttl: only on the primary "
                + primaryPage.difference(replicaPage).listStatements().toList() + "; only on the replica "
                + replicaPage.difference(primaryPage).listStatements().toList()).isTrue();
        for (String query : List.of("/datasets", "/datasets?q=" + URLEncoder.encode("Rafale", StandardCharsets.UTF_8),
                "/datasets?q=" + URLEncoder.encode("revu", StandardCharsets.UTF_8))) {
            String expectedPage = withoutNonces(get(primary, query));
            String foundPage = withoutNonces(get(replica, query));
            assertThat(hits(foundPage)).as(query).isEqualTo(hits(expectedPage));
            assertThat(foundPage.replaceAll(HIT, "")).as(query).isEqualTo(expectedPage.replaceAll(HIT, ""));
        }
    }

    private Map<String, Graph> recordGraphs(ChildServer server) throws Exception {
        String query = """
                SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o }
                  FILTER(STRSTARTS(STR(?g), "%1$s/graphs/datasets/") || STRSTARTS(STR(?g), "%1$s/graphs/reports/")) }
                """.formatted(ChildServer.BASE_URL);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.url("/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Map<String, Graph> graphs = new TreeMap<>();
        for (JsonNode row : json.readTree(answer.body()).path("results").path("bindings")) {
            graphs.computeIfAbsent(row.path("g").path("value").asText(), name -> GraphFactory.createDefaultGraph())
                    .add(node(row.path("s")), node(row.path("p")), node(row.path("o")));
        }
        return graphs;
    }

    private static Node node(JsonNode term) {
        String value = term.path("value").asText();
        return switch (term.path("type").asText()) {
            case "uri" -> NodeFactory.createURI(value);
            case "bnode" -> NodeFactory.createBlankNode(value);
            default -> term.has("xml:lang") ? NodeFactory.createLiteralLang(value, term.path("xml:lang").asText())
                    : term.has("datatype") ? NodeFactory.createLiteralDT(value,
                            TypeMapper.getInstance().getSafeTypeByName(term.path("datatype").asText()))
                    : NodeFactory.createLiteralString(value);
        };
    }

    private static String recordGraph(String id) {
        return ChildServer.BASE_URL + "/graphs/datasets/" + id;
    }

    private static Model turtle(String text) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(text), null, "TURTLE");
        return model;
    }

    /**
     * The hits of a search page, sorted: hits of equal score come in the order the index took them in, and a
     * replica that joined from a snapshot indexed them all at once, in id order.
     */
    private static List<String> hits(String html) {
        List<String> hits = new ArrayList<>();
        Matcher found = Pattern.compile(HIT).matcher(html);
        while (found.find()) {
            hits.add(found.group());
        }
        hits.sort(null);
        return hits;
    }

    private static String withoutNonces(String html) {
        return html.replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"");
    }

    private JsonNode health(ChildServer server) throws Exception {
        return json.readTree(get(server, "/health"));
    }

    private long lastSequence(ChildServer server) throws Exception {
        return health(server).path("replication").path("lastSequence").asLong();
    }

    private String get(ChildServer server, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(server, "GET", path, null);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }

    private HttpResponse<String> send(ChildServer server, String method, String path, String body)
            throws IOException, InterruptedException {
        return send(server, method, path, body, "text/turtle");
    }

    private HttpResponse<String> send(ChildServer server, String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + TestCatalog.TOKEN);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String body(String id, String title) {
        return TEMPLATE.replace("https://example.org/datasets/colleges", "https://example.org/datasets/" + id)
                .replace("\"colleges\"", "\"" + id + "\"")
                .replace("Collèges du département", title) + "\n";
    }
}
