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
 * Adds quads to the named graphs of a TDB2 store inside the caller's write transaction, on every core.
 * Writing a quad is six B+tree inserts (GSPO, GPOS, GOSP, SPOG, POSG, OSPG) after the node table
 * lookups; one thread doing it all was most of an import. Here the calling thread finds the node ids,
 * and helper threads (one per core) fill the six indexes from the same tuples.
 * <p>
 * Each index is a transactional component of its own, so a helper is handed its components of the
 * caller's transaction (detach, attach) and gives them back before {@link #close()} returns: it is
 * still one transaction, committed or aborted by the caller. Until then the caller must not read or
 * write the store other than through this writer.
 */
final class QuadTableWriter implements QuadSink, AutoCloseable {
    private static final int CHUNK = 4096;
    private static final List<Tuple<NodeId>> END = List.of();

    private final NodeTable nodes;
    private final List<Helper> helpers = new ArrayList<>();
    private List<Tuple<NodeId>> chunk = new ArrayList<>(CHUNK);
    private boolean closed;

    QuadTableWriter(DatasetGraph dsg) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        nodes = quads.getNodeTable();
        TupleIndex[] indexes = quads.getTupleTable().getIndexes();
        // One helper per core, at most one per index: the caller's own work (the node ids) is the longest.
        int count = Math.min(indexes.length, Runtime.getRuntime().availableProcessors());
        for (int h = 0; h < count; h++) {
            helpers.add(new Helper());
        }
        List<TransactionalComponentLifecycle<?>> components = new ArrayList<>();
        for (TupleIndex index : indexes) {
            components.add(component(index));
        }
        // Only once every index is known to be one this writer can hand over.
        for (int i = 0; i < indexes.length; i++) {
            helpers.get(i % count).take(indexes[i], components.get(i));
        }
        helpers.forEach(Helper::start);
    }

    @Override
    public void add(Node graph, Node subject, Node predicate, Node object) {
        chunk.add(TupleFactory.create4(id(graph), id(subject), id(predicate), id(object)));
        if (chunk.size() == CHUNK) {
            flush();
        }
    }

    /**
     * Writes what is left, waits for the helpers and hands the indexes back to the calling thread
     * (always, so that the caller's transaction can end); rethrows a helper's failure.
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
            helpers.forEach(helper -> helper.hand(END));
            helpers.forEach(Helper::giveBack);
        }
        for (Helper helper : helpers) {
            if (helper.failure != null) {
                throw new IllegalStateException("Writing the quad indexes failed: " + helper.failure.getMessage(),
                        helper.failure);
            }
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
        helpers.forEach(helper -> helper.hand(full));
    }

    private static TransactionalComponentLifecycle<?> component(TupleIndex index) {
        if (index.baseTupleIndex() instanceof TupleIndexRecord record
                && record.getRangeIndex() instanceof TransactionalComponentLifecycle<?> component) {
            return component;
        }
        throw new IllegalStateException("Unexpected TDB2 index " + index.getName());
    }

    /** A thread that fills some indexes, holding their part of the caller's transaction meanwhile. */
    private static final class Helper {
        private final List<TupleIndex> indexes = new ArrayList<>();
        private final List<TransactionalComponentLifecycle<?>> components = new ArrayList<>();
        private final List<SysTransState> states = new ArrayList<>();
        private final BlockingQueue<List<Tuple<NodeId>>> queue = new ArrayBlockingQueue<>(64);
        private final Thread thread = new Thread(this::run, "quad-index-writer");
        private volatile Throwable failure;

        void take(TupleIndex index, TransactionalComponentLifecycle<?> component) {
            indexes.add(index);
            components.add(component);
            states.add(component.detach());
        }

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        /** Never gives up on an interrupt: the helper must get every chunk and the end, or the caller would wait forever. */
        void hand(List<Tuple<NodeId>> tuples) {
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

        /** Waits for the end and attaches the components back to the calling thread. */
        void giveBack() {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            for (int i = 0; i < components.size(); i++) {
                components.get(i).attach(states.get(i));
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** Keeps taking chunks after a failure, so that the caller never blocks on a full queue. */
        private void run() {
            for (int i = 0; i < components.size(); i++) {
                components.get(i).attach(states.get(i));
            }
            try {
                for (List<Tuple<NodeId>> tuples = next(); tuples != END; tuples = next()) {
                    if (failure == null) {
                        write(tuples);
                    }
                }
            } finally {
                for (int i = 0; i < components.size(); i++) {
                    states.set(i, components.get(i).detach());
                }
            }
        }

        private void write(List<Tuple<NodeId>> tuples) {
            try {
                for (TupleIndex index : indexes) {
                    tuples.forEach(index::add);
                }
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        private List<Tuple<NodeId>> next() {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    // Only the caller ends this loop (END), so that the components always come back.
                }
            }
        }
    }
}
