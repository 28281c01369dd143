package fr.hautsdeseine.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hautsdeseine.catalog.ingest.RdfReader;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.ingest.RecordSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080");

    @TempDir
    Path dir;

    @TempDir
    Path replica;

    private CatalogStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void each_touched_record_gets_one_numbered_entry_naming_who_and_sharing_the_transaction() {
        store = CatalogStore.open(dir, IRIS);

        store.putAll(List.of(record("colleges", "v1"), record("parcs", "v1")), "api", Map.of(), null, "admin");
        store.putAll(List.of(record("colleges", "v2")), "cli", Map.of(), null, "cli:portail");

        List<ChangeEntry> entries = store.changes().readFrom(1, 10);
        assertThat(entries).extracting(ChangeEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(entries).extracting(ChangeEntry::recordId).containsExactly("colleges", "parcs", "colleges");
        assertThat(entries).extracting(ChangeEntry::actor).containsExactly("admin", "admin", "cli:portail");
        assertThat(entries).extracting(ChangeEntry::kind).containsOnly(ChangeKind.PUT);
        assertThat(entries.get(0).transaction()).isEqualTo(entries.get(1).transaction())
                .isNotEqualTo(entries.get(2).transaction());
        assertThat(entries.get(2).patch()).contains("D ").contains("A ").contains("\"v2\"@fr").contains("\"v1\"@fr");
        assertThat(store.changes().lastSequence()).isEqualTo(3);
    }

    @Test
    void followers_of_a_write_get_from_memory_the_entries_the_store_keeps() {
        store = CatalogStore.open(dir, IRIS);
        List<List<ChangeEntry>> handed = new java.util.ArrayList<>();
        store.onChange(ids -> handed.add(store.changes().readFrom(1, 10)));

        store.putAll(List.of(record("colleges", "v1"), record("parcs", "v1")), "api", Map.of(), null, "admin");
        List<ChangeEntry> kept = store.changes().readFrom(1, 10);

        assertThat(handed).hasSize(1);
        assertThat(handed.get(0)).isEqualTo(kept).allMatch(entry -> entry.added() != null);
        assertThat(kept).allMatch(entry -> entry.added() == null);
        for (int i = 0; i < kept.size(); i++) {
            Node graph = IRIS.recordGraph(kept.get(i).recordId());
            assertThat(handed.get(0).get(i).addedTo(graph).isIsomorphicWith(kept.get(i).addedTo(graph))).isTrue();
            assertThat(kept.get(i).addedTo(graph).size()).isGreaterThan(2);
        }
        List<Node> stored = store.read(dsg -> {
            List<Node> literals = new java.util.ArrayList<>();
            dsg.find(IRIS.privateGraph("changes"), Node.ANY, fr.hautsdeseine.catalog.vocab.HDS.patch.asNode(), Node.ANY)
                    .forEachRemaining(quad -> literals.add(quad.getObject()));
            return literals;
        });
        assertThat(stored).hasSize(2).allMatch(literal -> literal.getLiteralDatatypeURI()
                .equals("http://www.w3.org/2001/XMLSchema#base64Binary"));
    }

    @Test
    void followers_of_a_write_too_large_to_keep_in_memory_read_its_entries_from_the_store() {
        store = CatalogStore.open(dir, IRIS);
        store.changes().keepLimit(200);
        List<List<ChangeEntry>> handed = new java.util.ArrayList<>();
        store.onChange(ids -> handed.add(store.changes().readFrom(1, 10)));

        store.putAll(List.of(record("colleges", "v1"), record("parcs", "v1")), "api", Map.of(), null, "admin");

        assertThat(handed).singleElement().asList().hasSize(2).allMatch(entry -> ((ChangeEntry) entry).added() == null);
        assertThat(handed.get(0)).isEqualTo(store.changes().readFrom(1, 10));
    }

    @Test
    void a_write_that_changes_nothing_or_fails_leaves_no_entry() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(List.of(record("colleges", "v1")), "api");

        store.putAll(List.of(record("colleges", "v1")), "api");
        Node otherDataset = NodeFactory.createURI("https://example.org/other");
        DatasetRecord clash = new DatasetRecord("colleges", otherDataset, content(otherDataset, "v9"));
        assertThatThrownBy(() -> store.putAll(List.of(record("parcs", "v1"), clash), "api"))
                .isInstanceOf(RecordClashException.class);
        store.withdraw("nothing-here");

        assertThat(store.changes().lastSequence()).isEqualTo(1);
        assertThat(store.changes().readFrom(0, 10)).extracting(ChangeEntry::recordId).containsExactly("colleges");
    }

    @Test
    void a_withdrawal_leaves_a_tombstone_that_removes_every_quad_of_the_record_and_its_report() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(List.of(record("colleges", "v1")), "api", Map.of("colleges", warnings("colleges")), null, "admin");

        assertThat(store.withdraw("colleges", "partner:t1 <https://example.org/ville>")).isTrue();

        ChangeEntry tombstone = store.changes().readFrom(2, 1).get(0);
        assertThat(tombstone.kind()).isEqualTo(ChangeKind.WITHDRAW);
        assertThat(tombstone.recordId()).isEqualTo("colleges");
        assertThat(tombstone.actor()).isEqualTo("partner:t1 <https://example.org/ville>");
        assertThat(tombstone.patch()).doesNotContain("\nA ").contains(IRIS.recordGraph("colleges").getURI())
                .contains(IRIS.reportGraph("colleges").getURI());
        assertThat(patchLines(tombstone, "D ")).isEqualTo(patchLines(store.changes().readFrom(1, 1).get(0), "A "));
    }

    @Test
    void replaying_every_entry_onto_an_empty_store_gives_the_live_record_and_report_graphs() throws IOException {
        store = CatalogStore.open(dir, IRIS);
        List<DatasetRecord> demo = demoRecords();
        Map<String, Graph> reports = new HashMap<>();
        demo.subList(0, 10).forEach(r -> reports.put(r.id(), warnings(r.id())));
        store.putAll(demo, "demo", reports, null, "demo");
        store.putAll(List.of(retitled(demo.get(3)), retitled(demo.get(4))), "api", Map.of(), null, "admin");
        store.withdraw(demo.get(5).id(), "admin");
        store.putAll(List.of(demo.get(6)), "api", Map.of(), null, "admin");   // same record, its warnings gone
        store.putAll(List.of(demo.get(5)), "api", Map.of(), null, "admin");   // back again

        DatasetGraph copy = DatabaseMgr.connectDatasetGraph(replica.toString());
        for (ChangeEntry entry : store.changes().readFrom(0, Integer.MAX_VALUE)) {
            RDFPatchOps.applyChange(copy, entry.parsedPatch());
        }

        assertThat(store.changes().lastSequence()).isEqualTo(demo.size() + 2 + 1 + 1 + 1);
        assertSameLoggedGraphs(copy);
    }

    @Test
    void numbers_continue_without_a_gap_after_the_store_is_reopened() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(List.of(record("colleges", "v1"), record("parcs", "v1")), "api");
        store.close();

        store = CatalogStore.open(dir, IRIS);
        assertThat(store.changes().lastSequence()).isEqualTo(2);
        store.withdraw("parcs", "admin");
        store.putAll(List.of(record("colleges", "v2")), "api");

        assertThat(store.changes().readFrom(1, 100)).extracting(ChangeEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void entries_are_read_in_pages_and_nothing_after_the_last() {
        store = CatalogStore.open(dir, IRIS);
        for (int i = 0; i < 5; i++) {
            store.putAll(List.of(record("r" + i, "v1")), "api");
        }

        assertThat(store.changes().readFrom(2, 2)).extracting(ChangeEntry::sequence).containsExactly(2L, 3L);
        assertThat(store.changes().readFrom(5, Integer.MAX_VALUE)).extracting(ChangeEntry::sequence).containsExactly(5L);
        assertThat(store.changes().readFrom(6, 10)).isEmpty();
        assertThat(store.changes().readFrom(Long.MAX_VALUE, 10)).isEmpty();
        assertThatThrownBy(() -> store.changes().readFrom(1, 0)).hasMessage("max must be positive, got 0");
    }

    @Test
    void pruned_entries_point_readers_to_a_snapshot_that_with_the_later_entries_gives_the_current_state()
            throws IOException {
        store = CatalogStore.open(dir, IRIS);
        for (int i = 0; i < 6; i++) {
            store.putAll(List.of(record("r" + i, "v1")), "api", Map.of("r" + i, warnings("r" + i)), null, "admin");
        }
        store.withdraw("r0", "admin");

        assertThat(store.changes().prune(3)).isEqualTo(4);
        store.putAll(List.of(record("r1", "v2")), "api");
        store.withdraw("r2", "admin");

        ChangeSnapshot snapshot = store.changes().snapshot().orElseThrow();
        assertThat(snapshot.sequence()).isEqualTo(7);
        assertThat(store.changes().firstSequence()).isEqualTo(5);
        assertThatThrownBy(() -> store.changes().readFrom(4, 10))
                .isInstanceOf(ChangesPrunedException.class)
                .hasMessage("Change log entries before 5 were pruned (asked from 4): start from the snapshot of sequence 7 ("
                        + snapshot.file() + "), then read from 8");
        DatasetGraph copy = DatabaseMgr.connectDatasetGraph(replica.toString());
        try (InputStream in = snapshot.open()) {
            RDFPatchOps.applyChange(copy, RDFPatchOps.read(in));
        }
        for (ChangeEntry entry : store.changes().readFrom(snapshot.sequence() + 1, 100)) {
            RDFPatchOps.applyChange(copy, entry.parsedPatch());
        }
        assertSameLoggedGraphs(copy);
        assertThat(store.changes().prune(3)).isEqualTo(2);
        assertThat(Files.exists(snapshot.file())).isFalse();
        assertThat(store.changes().readFrom(7, 10)).extracting(ChangeEntry::sequence).containsExactly(7L, 8L, 9L);
    }

    @Test
    void one_record_s_entries_are_read_alone_in_order_and_pruned_ones_are_gone() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(List.of(record("colleges", "v1"), record("parcs", "v1")), "api", Map.of(), null, "admin");
        store.putAll(List.of(record("parcs", "v2")), "api");
        store.putAll(List.of(record("colleges", "v2")), "cli", Map.of(), null, "cli:portail");
        store.withdraw("colleges", "admin");
        store.putAll(List.of(record("colleges-bis", "v1")), "api");

        List<ChangeEntry> colleges = store.changes().readRecord("colleges");
        store.changes().prune(2);

        assertThat(colleges).extracting(ChangeEntry::sequence).containsExactly(1L, 4L, 5L);
        assertThat(colleges).extracting(ChangeEntry::kind).containsExactly(ChangeKind.PUT, ChangeKind.PUT, ChangeKind.WITHDRAW);
        assertThat(colleges.get(1).actor()).isEqualTo("cli:portail");
        assertThat(colleges.get(1).patch()).contains("\"v2\"@fr");
        assertThat(store.changes().readRecord("colleges")).extracting(ChangeEntry::sequence).containsExactly(5L);
        assertThat(store.changes().readRecord("colleges-bis")).extracting(ChangeEntry::sequence).containsExactly(6L);
        assertThat(store.changes().readRecord("nothing-here")).isEmpty();
    }

    @Test
    void pruning_leaves_a_short_log_alone() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(List.of(record("r", "v1")), "api");

        assertThat(store.changes().prune(5)).isZero();
        assertThat(store.changes().snapshot()).isEmpty();
        assertThat(store.changes().readFrom(1, 5)).hasSize(1);
    }

    private void assertSameLoggedGraphs(DatasetGraph copy) {
        Map<String, Graph> live = store.read(dsg -> loggedGraphs(dsg));
        Map<String, Graph> replayed = Txn.calculateRead(copy, () -> loggedGraphs(copy));
        assertThat(replayed.keySet()).isEqualTo(live.keySet());
        assertThat(live).isNotEmpty();
        live.forEach((graph, content) ->
                assertThat(replayed.get(graph).isIsomorphicWith(content)).as("graph %s", graph).isTrue());
    }

    private static Map<String, Graph> loggedGraphs(DatasetGraph dsg) {
        Map<String, Graph> graphs = new HashMap<>();
        dsg.find().forEachRemaining(quad -> {
            String graph = quad.getGraph().getURI();
            if (graph.startsWith(IRIS.recordGraphPrefix()) || graph.startsWith(IRIS.reportGraphPrefix())) {
                graphs.computeIfAbsent(graph, g -> GraphFactory.createDefaultGraph()).add(quad.asTriple());
            }
        });
        return graphs;
    }

    private static List<String> patchLines(ChangeEntry entry, String prefix) {
        return entry.patch().lines().filter(line -> line.startsWith(prefix)).map(line -> line.substring(2)).sorted().toList();
    }

    private static List<DatasetRecord> demoRecords() throws IOException {
        try (InputStream in = ChangeLogTest.class.getResourceAsStream("/demo/hds-catalog.ttl")) {
            return new RecordSplitter(IRIS).split(new RdfReader().read(in, RdfSyntax.TURTLE, IRIS.documentBase()));
        }
    }

    private static DatasetRecord retitled(DatasetRecord record) {
        Graph content = GraphFactory.createDefaultGraph();
        record.content().find().forEachRemaining(content::add);
        content.add(record.dataset(), DCTerms.alternative.asNode(), NodeFactory.createLiteralLang("Nouveau titre", "fr"));
        return new DatasetRecord(record.id(), record.dataset(), content);
    }

    /** A SHACL report with one result, blank nodes and all, as the validator gives for a warning. */
    private static Graph warnings(String id) {
        Graph report = GraphFactory.createDefaultGraph();
        Node root = NodeFactory.createBlankNode();
        Node result = NodeFactory.createBlankNode();
        report.add(root, SHACL.result, result);
        report.add(result, SHACL.focusNode, IRIS.dataset(id));
        report.add(result, SHACL.resultMessage, NodeFactory.createLiteralLang("Ajoutez des mots-clés", "fr"));
        return report;
    }

    private static DatasetRecord record(String id, String title) {
        return new DatasetRecord(id, IRIS.dataset(id), content(IRIS.dataset(id), title));
    }

    private static Graph content(Node dataset, String title) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "fr"));
        graph.add(dataset, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("id"));
        return graph;
    }
}
