package fr.hautsdeseine.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hautsdeseine.catalog.vocab.HDS;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogStoreTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080");

    @TempDir
    Path dir;

    private CatalogStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void a_record_lives_in_its_own_named_graph_with_a_catalog_record() {
        store = CatalogStore.open(dir, IRIS);

        assertThat(store.putAll(List.of(record("colleges", "v1")), "api")).containsEntry("colleges", WriteOutcome.CREATED);

        Graph stored = store.record("colleges").orElseThrow();
        Node catalogRecord = IRIS.catalogRecord("colleges");
        assertThat(stored.contains(dataset("colleges"), DCTerms.title.asNode(), NodeFactory.createLiteralLang("v1", "fr"))).isTrue();
        assertThat(stored.contains(catalogRecord, DCTerms.issued.asNode(), Node.ANY)).isTrue();
        assertThat(stored.contains(catalogRecord, DCTerms.modified.asNode(), Node.ANY)).isTrue();
        assertThat(store.recordIds()).containsExactly("colleges");
        assertThat(store.recordCount()).isEqualTo(1);
    }

    @Test
    void storing_the_same_content_again_changes_nothing_not_even_the_modified_date() {
        MutableClock clock = new MutableClock();
        store = CatalogStore.open(dir, IRIS, clock);
        store.putAll(List.of(record("colleges", "v1")), "api");
        clock.now = clock.now.plusSeconds(3600);

        assertThat(store.putAll(List.of(record("colleges", "v1")), "api")).containsEntry("colleges", WriteOutcome.UNCHANGED);

        assertThat(modified("colleges")).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void replacing_keeps_the_issued_date_and_moves_the_modified_date() {
        MutableClock clock = new MutableClock();
        store = CatalogStore.open(dir, IRIS, clock);
        store.putAll(List.of(record("colleges", "v1")), "api");
        clock.now = clock.now.plusSeconds(3600);

        assertThat(store.putAll(List.of(record("colleges", "v2")), "api")).containsEntry("colleges", WriteOutcome.UPDATED);

        Graph stored = store.record("colleges").orElseThrow();
        assertThat(stored.contains(dataset("colleges"), DCTerms.title.asNode(), NodeFactory.createLiteralLang("v1", "fr"))).isFalse();
        assertThat(literal(stored, DCTerms.issued)).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(modified("colleges")).isEqualTo("2026-01-01T01:00:00Z");
    }

    @Test
    void a_batch_with_a_clash_writes_nothing() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(List.of(record("colleges", "v1")), "api");
        DatasetRecord other = new DatasetRecord("colleges", NodeFactory.createURI("https://other.example/colleges"),
                content(NodeFactory.createURI("https://other.example/colleges"), "autre"));

        assertThatThrownBy(() -> store.putAll(List.of(record("parcs", "v1"), other), "api"))
                .isInstanceOf(RecordClashException.class)
                .hasMessage("Record id 'colleges' already belongs to dataset <http://localhost:8080/datasets/colleges>;"
                        + " it cannot be reused for <https://other.example/colleges>");

        assertThat(store.recordIds()).containsExactly("colleges");
        assertThat(store.recordCount()).isEqualTo(1);
    }

    @Test
    void every_index_finds_every_quad_of_a_large_write() {
        store = CatalogStore.open(dir, IRIS);
        List<DatasetRecord> records = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            records.add(bigRecord("r" + i, "v1"));
        }

        store.putAll(records, "api");

        // Each pattern is answered by another of the six quad indexes (GSPO, GPOS, GOSP, SPOG, POSG, OSPG).
        List<String> missing = store.read(dsg -> {
            List<String> absent = new ArrayList<>();
            List<Quad> quads = recordQuads(dsg);
            if (quads.size() != 60 * (202 + 5)) {
                absent.add(quads.size() + " quads");
            }
            for (Quad q : quads) {
                Node g = q.getGraph(), s = q.getSubject(), p = q.getPredicate(), o = q.getObject();
                List<Boolean> found = List.of(dsg.contains(g, s, Node.ANY, Node.ANY), dsg.contains(g, Node.ANY, p, Node.ANY),
                        dsg.contains(g, Node.ANY, Node.ANY, o), dsg.contains(Node.ANY, s, p, Node.ANY),
                        dsg.contains(Node.ANY, Node.ANY, p, o), dsg.contains(Node.ANY, s, Node.ANY, o));
                if (found.contains(false)) {
                    absent.add(q + " " + found);
                }
            }
            return absent;
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void a_write_that_fails_midway_leaves_the_store_as_it_was() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(List.of(bigRecord("colleges", "v1")), "api");
        List<DatasetRecord> records = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            records.add(bigRecord("r" + i, "v1"));
        }
        // TDB2 cannot store a variable: the write fails in the middle, after thousands of quads.
        records.get(30).content().add(dataset("r30"), DCTerms.subject.asNode(), NodeFactory.createVariable("x"));
        records.add(bigRecord("colleges", "v2"));
        String revision = store.revision();

        assertThatThrownBy(() -> store.putAll(records, "api")).hasMessageContaining("?x");

        assertThat(store.recordIds()).containsExactly("colleges");
        assertThat(literal(store.record("colleges").orElseThrow(), DCTerms.title)).isEqualTo("v1");
        assertThat(store.read(CatalogStoreTest::recordQuads)).hasSize(202 + 5);
        assertThat(store.revision()).isEqualTo(revision);
        store.close();
        store = CatalogStore.open(dir, IRIS);
        assertThat(store.revision()).isEqualTo(revision);
        assertThat(store.putAll(List.of(record("parcs", "v1")), "api")).containsEntry("parcs", WriteOutcome.CREATED);
    }

    @Test
    void withdrawing_removes_the_whole_record() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(List.of(record("colleges", "v1"), record("parcs", "v1")), "api");

        assertThat(store.withdraw("colleges")).isTrue();
        assertThat(store.withdraw("colleges")).isFalse();

        assertThat(store.record("colleges")).isEmpty();
        assertThat(store.recordIds()).containsExactly("parcs");
        assertThat(store.recordCount()).isEqualTo(1);
    }

    @Test
    void records_survive_closing_and_reopening_the_store() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(List.of(record("colleges", "v1")), "api");
        store.close();

        store = CatalogStore.open(dir, IRIS);

        assertThat(store.recordIds()).containsExactly("colleges");
        assertThat(store.recordCount()).isEqualTo(1);
    }

    @Test
    void the_revision_changes_with_every_write_that_changes_records_and_survives_a_restart() {
        store = CatalogStore.open(dir, IRIS);
        String empty = store.revision();

        store.putAll(List.of(record("colleges", "v1"), record("parcs", "v1")), "api");
        String created = store.revision();
        store.putAll(List.of(record("colleges", "v1")), "api");
        String unchanged = store.revision();
        store.putAll(List.of(record("colleges", "v2")), "api");
        String updated = store.revision();
        store.withdraw("parcs");
        String withdrawn = store.revision();
        store.close();
        store = CatalogStore.open(dir, IRIS);

        assertThat(List.of(empty, created, updated, withdrawn)).doesNotHaveDuplicates();
        assertThat(unchanged).isEqualTo(created);
        assertThat(store.revision()).isEqualTo(withdrawn);
        assertThat(store.recordCount()).isEqualTo(1);
    }

    @Test
    void a_store_without_its_state_counts_its_records_under_a_revision_of_its_own() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(List.of(record("colleges", "v1"), record("parcs", "v1")), "api");
        String revision = store.revision();
        // As in a store written before the state was kept.
        Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().removeGraph(HDS.storeState.asNode()));
        store.close();

        store = CatalogStore.open(dir, IRIS);

        assertThat(store.recordCount()).isEqualTo(2);
        assertThat(store.revision()).isNotEqualTo(revision);
        store.withdraw("parcs");
        store.close();
        store = CatalogStore.open(dir, IRIS);
        assertThat(store.recordCount()).isEqualTo(1);
    }

    @Test
    void the_stamp_of_each_record_is_its_catalog_record_modified_date() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(List.of(record("colleges", "v1"), record("parcs", "v1")), "api");

        assertThat(store.recordStamps()).containsOnlyKeys("colleges", "parcs")
                .containsEntry("colleges", modified("colleges")).containsEntry("parcs", modified("parcs"));
        assertThat(store.recordIds()).containsExactly("colleges", "parcs");
    }

    @Test
    void replace_is_atomic_for_concurrent_readers() throws Exception {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(List.of(bigRecord("colleges", "v0")), "api");
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        List<String> mixes = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            Thread reader = new Thread(() -> {
                while (writing.get()) {
                    Graph seen = store.record("colleges").orElseThrow();
                    Set<String> versions = new java.util.HashSet<>();
                    seen.find(Node.ANY, DCTerms.title.asNode(), Node.ANY)
                            .forEachRemaining(t -> versions.add(t.getObject().getLiteralLexicalForm()));
                    versionsSeen.addAll(versions);
                    if (versions.size() != 1 || seen.size() != 202 + 5) {
                        synchronized (mixes) {
                            mixes.add(versions + " in " + seen.size() + " triples");
                        }
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }

        for (int version = 1; version <= 60; version++) {
            store.putAll(List.of(bigRecord("colleges", "v" + version)), "api");
        }
        writing.set(false);
        for (Thread reader : readers) {
            reader.join();
        }

        assertThat(mixes).isEmpty();
        assertThat(versionsSeen.size()).isGreaterThan(1);
    }

    @Test
    void a_thread_whose_interrupt_flag_is_set_writes_and_reads_and_keeps_its_flag() throws Exception {
        store = CatalogStore.open(dir, IRIS);
        List<Object> seen = new ArrayList<>();
        // The flag a network wait cut short leaves set (a stopping scheduler): TDB2's file channels must not see it.
        Thread interrupted = new Thread(() -> {
            Thread.currentThread().interrupt();
            for (int version = 1; version <= 20; version++) {
                store.putAll(List.of(bigRecord("colleges", "v" + version)), "api");
            }
            seen.add(store.record("colleges").map(Graph::size).orElse(0));
            seen.add(Thread.currentThread().isInterrupted());
        });
        interrupted.start();
        interrupted.join();

        assertThat(seen).containsExactly(202 + 5, true);
        store.putAll(List.of(record("parcs", "v1")), "api");
        store.close();
        store = CatalogStore.open(dir, IRIS);
        assertThat(store.recordIds()).containsExactly("colleges", "parcs");
        assertThat(modified("colleges")).isNotEmpty();
    }

    /** Every quad but the store's own bookkeeping. */
    private static List<Quad> recordQuads(DatasetGraph dsg) {
        List<Quad> quads = new ArrayList<>();
        dsg.find().forEachRemaining(quad -> {
            if (!quad.getGraph().equals(HDS.storeState.asNode()) && !IRIS.isPrivateGraph(quad.getGraph())) {
                quads.add(quad);
            }
        });
        return quads;
    }

    private String modified(String id) {
        return literal(store.record(id).orElseThrow(), DCTerms.modified);
    }

    private static String literal(Graph graph, org.apache.jena.rdf.model.Property property) {
        return graph.find(Node.ANY, property.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    private static Node dataset(String id) {
        return IRIS.dataset(id);
    }

    private static DatasetRecord record(String id, String title) {
        return new DatasetRecord(id, dataset(id), content(dataset(id), title));
    }

    private static Graph content(Node dataset, String title) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "fr"));
        graph.add(dataset, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("id"));
        return graph;
    }

    /** 200 distribution titles carrying the version, plus the title and identifier. */
    private static DatasetRecord bigRecord(String id, String version) {
        Graph graph = content(dataset(id), version);
        for (int i = 0; i < 200; i++) {
            Node distribution = NodeFactory.createURI(dataset(id).getURI() + "#d" + i);
            graph.add(distribution, DCTerms.title.asNode(), NodeFactory.createLiteralString(version));
        }
        return new DatasetRecord(id, dataset(id), graph);
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
