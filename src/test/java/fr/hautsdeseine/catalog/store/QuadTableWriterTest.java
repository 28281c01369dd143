package fr.hautsdeseine.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link QuadTableWriter} is the one class that reaches into TDB2's internals (the quad indexes and their
 * transactional components). These tests pin what it relies on, so that a Jena upgrade that changes any of
 * it fails here rather than in an import: the six quad indexes, each filled with every quad, within the
 * caller's one transaction (committed durably, or aborted leaving nothing).
 */
class QuadTableWriterTest {
    private static final Node GRAPH = NodeFactory.createURI("http://catalog.test/graphs/datasets/a");

    @TempDir
    Path dir;

    private static List<Quad> quads(int count) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            quads.add(Quad.create(GRAPH, NodeFactory.createURI("http://catalog.test/s" + i % 97),
                    NodeFactory.createURI("http://catalog.test/p" + i % 7), NodeFactory.createLiteralString("value " + i)));
        }
        return quads;
    }

    private static void write(DatasetGraph dsg, List<Quad> quads) {
        try (QuadTableWriter writer = new QuadTableWriter(dsg)) {
            quads.forEach(q -> writer.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
        }
    }

    private static TupleIndex[] indexes(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
    }

    @Test
    void the_store_has_the_six_quad_indexes_the_writer_fills() {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));

        List<String> names = Txn.calculateRead(dsg, () -> Arrays.stream(indexes(dsg)).map(TupleIndex::getName).toList());

        // The first is the primary index, which the writer fills on the calling thread.
        assertThat(names).containsExactly("GSPO", "GPOS", "GOSP", "POSG", "OSPG", "SPOG");
    }

    @Test
    void every_index_holds_every_quad_after_the_commit_and_after_reopening() {
        List<Quad> written = quads(10_000);   // more than one chunk, so helper threads take part
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));

        Txn.executeWrite(dsg, () -> write(dsg, written));

        Txn.executeRead(dsg, () -> {
            for (TupleIndex index : indexes(dsg)) {
                assertThat(index.size()).as(index.getName()).isEqualTo(written.size());
            }
            assertThat(Iter.toList(dsg.find(GRAPH, Node.ANY, NodeFactory.createURI("http://catalog.test/p3"), Node.ANY)))
                    .hasSize((int) written.stream().filter(q -> q.getPredicate().getURI().endsWith("p3")).count());
            assertThat(dsg.contains(written.get(9_999))).isTrue();
        });
        TDBInternal.expel(dsg);
        DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        Txn.executeRead(reopened, () -> assertThat(Iter.toList(reopened.find())).hasSameElementsAs(written));
    }

    @Test
    void an_aborted_transaction_leaves_no_quad_in_any_index() {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));

        assertThatThrownBy(() -> Txn.executeWrite(dsg, () -> {
            write(dsg, quads(5_000));
            throw new IllegalStateException("refused after writing");
        })).hasMessage("refused after writing");

        Txn.executeRead(dsg, () -> {
            for (TupleIndex index : indexes(dsg)) {
                assertThat(index.size()).as(index.getName()).isZero();
            }
        });
        Txn.executeWrite(dsg, () -> write(dsg, quads(10)));   // and the store takes writes again
        Txn.executeRead(dsg, () -> assertThat(Iter.toList(dsg.find())).hasSize(10));
    }
}
