package fr.hautsdeseine.catalog.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.CatalogServer;
import fr.hautsdeseine.catalog.Main;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.cli.BackupCommand;
import fr.hautsdeseine.catalog.cli.RestoreCommand;
import fr.hautsdeseine.catalog.config.HarvestConfig;
import fr.hautsdeseine.catalog.config.OperationsConfig;
import fr.hautsdeseine.catalog.publish.GeneratedRecords;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BackupRestoreTest {
    @TempDir
    Path dir;

    @Test
    void a_backup_taken_while_a_writer_writes_restores_a_store_isomorphic_at_its_snapshot() throws Exception {
        Path data = dir.resolve("data");
        var operations = new OperationsConfig(false, dir.resolve("backups"), 0, 3);
        try (CatalogServer server = CatalogServer.start(TestCatalog.config(data).withDemo(true), HarvestConfig.fromEnvironment(), operations)) {
            CatalogStore store = server.store();
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger written = new AtomicInteger();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                while (writing.get()) {
                    int n = written.get();
                    store.putAll(List.of(GeneratedRecords.record(store.iris(), "w-%05d".formatted(n))), "test");
                    written.incrementAndGet();
                }
            });
            while (written.get() < 20) {
                Thread.sleep(10);
            }
            int before = written.get();

            Cli backup = cli(data, server.config().baseUrl(), "backup", dir.resolve("copy").toString());
            int after = written.get();
            writing.set(false);
            writer.get();

            assertThat(backup.exit).as(backup.err).isZero();
            assertThat(backup.out).startsWith("Backed up ");
            Cli restore = cli(dir.resolve("restored"), server.config().baseUrl(), "restore", dir.resolve("copy").toString());
            assertThat(restore.exit).as(restore.err).isZero();

            Map<Node, Graph> live = graphs(store.datasetGraph(), store);
            try (CatalogStore restored = CatalogStore.open(dir.resolve("restored"), new CatalogIris(server.config().baseUrl()))) {
                Map<Node, Graph> copy = graphs(restored.datasetGraph(), restored);
                Set<String> writerRecords = new TreeSet<>();
                for (Map.Entry<Node, Graph> graph : copy.entrySet()) {
                    if (graph.getKey().getURI().contains("/graphs/datasets/w-")) {
                        writerRecords.add(graph.getKey().getURI().replaceAll(".*/", ""));
                    }
                    // The store's state and its change log go on changing after the snapshot: compared below.
                    String name = graph.getKey().getURI();
                    // Quality measurements are derived, rewritten by the scorer on its own thread: not compared.
                    if (!name.endsWith("storeState") && !name.endsWith("/graphs/private/changes")
                            && !name.contains("/graphs/quality")) {
                        assertThat(graph.getValue().isIsomorphicWith(live.get(graph.getKey())))
                                .as("graph %s", graph.getKey()).isTrue();
                    }
                }
                // The writer's records form an unbroken prefix: a snapshot between two of its writes.
                int k = writerRecords.size();
                assertThat(k).isBetween(before, after + 1);
                assertThat(writerRecords).last().isEqualTo("w-%05d".formatted(k - 1));
                for (Node missing : live.keySet()) {
                    if (!copy.containsKey(missing) && !missing.getURI().contains("/graphs/quality")) {
                        // Only records the writer added after the snapshot.
                        assertThat(missing.getURI()).matches(".*/graphs/datasets/w-\\d{5}");
                        assertThat(Integer.parseInt(missing.getURI().replaceAll(".*w-", ""))).isGreaterThanOrEqualTo(k);
                    }
                }
                long logged = new ObjectMapper().readTree(
                        dir.resolve("copy/manifest.json").toFile()).path("changeLogSequence").asLong();
                assertThat(restored.changes().lastSequence()).isEqualTo(logged).isGreaterThanOrEqualTo(k);
                assertThat(restored.changes().readFrom(1, (int) logged))
                        .isEqualTo(store.changes().readFrom(1, (int) logged));
                long recordGraphs = copy.keySet().stream().filter(g -> g.getURI().contains("/graphs/datasets/")).count();
                assertThat(restored.recordCount()).isEqualTo(recordGraphs);
                assertThat(restored.revision()).isNotEqualTo(store.revision());
            }
        }
    }

    @Test
    void a_local_backup_restores_the_store_and_the_server_files_private_to_their_owner() throws Exception {
        Path data = dir.resolve("data");
        String base;
        try (TestCatalog catalog = TestCatalog.start(TestCatalog.config(data).withDemo(true))) {
            base = catalog.server().config().baseUrl();
        }
        Files.writeString(data.resolve("audit.jsonl"), "{\"who\":\"admin\"}\n");

        Cli backup = cli(data, base, "backup", dir.resolve("copy").toString());
        Cli restore = cli(dir.resolve("restored"), base, "restore", dir.resolve("copy").toString());

        assertThat(backup.exit).as(backup.err).isZero();
        assertThat(restore.exit).as(restore.err).isZero();
        assertThat(restore.out).startsWith("Restored ").contains(" records (");
        assertThat(Files.readString(dir.resolve("restored/audit.jsonl"))).isEqualTo("{\"who\":\"admin\"}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("restored/audit.jsonl"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("copy")))).isEqualTo("rwx------");
        assertThat(Files.exists(dir.resolve("copy/files/search-index"))).isFalse();
        try (TestCatalog restarted = TestCatalog.start(TestCatalog.config(dir.resolve("restored")).withBaseUrl(base))) {
            assertThat(restarted.get("/datasets?q=archives").body()).contains("/datasets/archives-de-la-planete");
        }
    }

    @Test
    void a_damaged_or_partial_backup_is_refused_and_nothing_is_restored() throws Exception {
        Path data = dir.resolve("data");
        String base;
        try (TestCatalog catalog = TestCatalog.start(TestCatalog.config(data).withDemo(true))) {
            base = catalog.server().config().baseUrl();
        }
        Files.writeString(data.resolve("audit.jsonl"), "{}\n");
        assertThat(cli(data, base, "backup", dir.resolve("copy").toString()).exit).isZero();

        byte[] dump = Files.readAllBytes(dir.resolve("copy/dataset.nq.gz"));
        byte[] damagedDump = dump.clone();
        damagedDump[dump.length / 2] ^= 0x55;
        Files.write(dir.resolve("copy/dataset.nq.gz"), damagedDump);
        Cli damaged = cli(dir.resolve("r1"), base, "restore", dir.resolve("copy").toString());
        Files.write(dir.resolve("copy/dataset.nq.gz"), dump);
        Files.delete(dir.resolve("copy/files/audit.jsonl.gz"));
        Cli partial = cli(dir.resolve("r2"), base, "restore", dir.resolve("copy").toString());
        Files.delete(dir.resolve("copy/manifest.json"));
        Cli noManifest = cli(dir.resolve("r3"), base, "restore", dir.resolve("copy").toString());
        Cli notEmpty = cli(data, base, "restore", dir.resolve("copy").toString());

        assertThat(damaged.exit).isEqualTo(1);
        assertThat(damaged.err.trim()).isEqualTo("The backup in " + dir.resolve("copy")
                + " is damaged: dataset.nq.gz does not match its checksum in manifest.json");
        assertThat(partial.err.trim()).isEqualTo("The backup in " + dir.resolve("copy") + " is partial: files/audit.jsonl.gz is missing");
        assertThat(noManifest.err.trim()).isEqualTo("No backup in " + dir.resolve("copy") + ": manifest.json is missing (a partial copy?)");
        assertThat(notEmpty.exit).isEqualTo(1);
        for (String restored : List.of("r1", "r2", "r3")) {
            assertThat(dir.resolve(restored)).doesNotExist();
        }
    }

    private static Map<Node, Graph> graphs(DatasetGraph dsg, CatalogStore store) {
        return store.read(d -> {
            Map<Node, Graph> graphs = new HashMap<>();
            for (Iterator<Node> names = dsg.listGraphNodes(); names.hasNext(); ) {
                Node name = names.next();
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(name).find().forEachRemaining(copy::add);
                graphs.put(name, copy);
            }
            return graphs;
        });
    }

    private record Cli(int exit, String out, String err) {
    }

    private static Cli cli(Path dataDir, String baseUrl, String... args) {
        Map<String, String> env = Map.of("CATALOG_ADMIN_TOKEN", TestCatalog.TOKEN, "CATALOG_BASE_URL", baseUrl);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] arguments = new String[args.length + 2];
        System.arraycopy(args, 0, arguments, 0, args.length);
        arguments[args.length] = "--data-dir";
        arguments[args.length + 1] = dataDir.toString();
        CommandLine command = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == BackupCommand.class) {
                    return type.cast(new BackupCommand(env));
                }
                if (type == RestoreCommand.class) {
                    return type.cast(new RestoreCommand(env));
                }
                return CommandLine.defaultFactory().create(type);
            }
        });
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return new Cli(command.execute(arguments), out.toString(), err.toString());
    }
}
