package fr.hautsdeseine.catalog.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.dboe.transaction.txn.SysTransState;
import org.apache.jena.dboe.transaction.txn.TransactionalComponentLifecycle;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds quads to the named graphs of a TDB2 store inside the caller's write transaction, on two cores.
 * Writing a quad is six B+tree inserts (GSPO, GPOS, GOSP, SPOG, POSG, OSPG) after the node table
 * lookups; one thread doing it all was most of an import. Here the calling thread finds the node ids
 * and fills the primary index, and a helper thread fills the other five from the same tuples.
 * <p>
 * Each index is a transactional component of its own, so the helper is handed those five components
 * of the caller's transaction (detach, attach) and gives them back before {@link #finish()} returns:
 * it is still one transaction, committed or aborted by the caller. Until then the caller must not
 * read or write the store other than through this writer.
 */
final class QuadTableWriter implements AutoCloseable {
    private static final int CHUNK = 4096;
    private static final List<Tuple<NodeId>> END = List.of();

    private final NodeTable nodes;
    private final TupleIndex primary;
    private final List<TupleIndex> secondaries = new ArrayList<>();
    private final List<TransactionalComponentLifecycle<?>> handedOver = new ArrayList<>();
    private final List<SysTransState> states = new ArrayList<>();
    private final BlockingQueue<List<Tuple<NodeId>>> queue = new ArrayBlockingQueue<>(64);
    private final Thread helper;
    private volatile Throwable helperFailure;
    private List<Tuple<NodeId>> chunk = new ArrayList<>(CHUNK);
    private boolean closed;

    QuadTableWriter(DatasetGraph dsg) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        nodes = quads.getNodeTable();
        TupleIndex[] indexes = quads.getTupleTable().getIndexes();
        primary = indexes[0];
        for (int i = 1; i < indexes.length; i++) {
            secondaries.add(indexes[i]);
            handedOver.add(component(indexes[i]));
        }
        handedOver.forEach(component -> states.add(component.detach()));
        helper = new Thread(this::fillSecondaries, "quad-index-writer");
        helper.setDaemon(true);
        helper.start();
    }

    void add(Node graph, Node subject, Node predicate, Node object) {
        chunk.add(TupleFactory.create4(id(graph), id(subject), id(predicate), id(object)));
        if (chunk.size() == CHUNK) {
            flush();
        }
    }

    /**
     * Writes what is left, waits for the helper and hands the indexes back to the calling thread
     * (always, so that the caller's transaction can end); rethrows the helper's failure.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flush();
        } finally {
            hand(END);
            joinHelper();
            for (int i = 0; i < handedOver.size(); i++) {
                handedOver.get(i).attach(states.get(i));
            }
        }
        if (helperFailure != null) {
            throw new IllegalStateException("Writing the quad indexes failed: " + helperFailure.getMessage(), helperFailure);
        }
    }

    private NodeId id(Node node) {
        return nodes.getAllocateNodeId(node);
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        List<Tuple<NodeId>> full = chunk;
        chunk = new ArrayList<>(CHUNK);
        full.forEach(primary::add);
        hand(full);
    }

    /** Never gives up on an interrupt: the helper must get every chunk and the end, or the caller would wait forever. */
    private void hand(List<Tuple<NodeId>> tuples) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(tuples);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void joinHelper() {
        boolean interrupted = false;
        while (helper.isAlive()) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                // The indexes must come back to this thread before the transaction ends, whatever happens.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The helper's loop: it keeps taking chunks after a failure so that the caller never blocks on a full queue. */
    private void fillSecondaries() {
        for (int i = 0; i < handedOver.size(); i++) {
            handedOver.get(i).attach(states.get(i));
        }
        try {
            for (List<Tuple<NodeId>> tuples = take(); tuples != END; tuples = take()) {
                if (helperFailure == null) {
                    write(tuples);
                }
            }
        } finally {
            for (int i = 0; i < handedOver.size(); i++) {
                states.set(i, handedOver.get(i).detach());
            }
        }
    }

    private void write(List<Tuple<NodeId>> tuples) {
        try {
            for (TupleIndex index : secondaries) {
                tuples.forEach(index::add);
            }
        } catch (RuntimeException | Error e) {
            helperFailure = e;
        }
    }

    private List<Tuple<NodeId>> take() {
        while (true) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                // Only the caller ends this loop (END), so that the indexes always come back.
            }
        }
    }

    private static TransactionalComponentLifecycle<?> component(TupleIndex index) {
        if (index.baseTupleIndex() instanceof TupleIndexRecord record
                && record.getRangeIndex() instanceof TransactionalComponentLifecycle<?> component) {
            return component;
        }
        throw new IllegalStateException("Unexpected TDB2 index " + index.getName());
    }
}
