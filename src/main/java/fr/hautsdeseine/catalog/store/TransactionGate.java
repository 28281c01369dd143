package fr.hautsdeseine.catalog.store;

import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Every transaction on the store passes this gate, so that compaction can have the store to itself.
 * TDB2 switches a compacted store to its new files under a transaction that began on the old ones,
 * whose end then goes to the new files ("Not in a transaction") and leaves the old ones waiting
 * forever for it. So transactions take the shared side of a lock for as long as they run, and
 * compaction takes the exclusive side: it waits for those under way and holds new ones back until
 * the switch is done (seconds). The shared side is re-entrant, so nested reads never deadlock.
 *
 * <p>A transaction also runs with its thread's interrupt flag cleared, and set again after it: TDB2 reads
 * and writes through file channels, and a channel used by an interrupted thread closes for every thread,
 * which leaves the store unusable until restart. Those who stop threads that write (schedulers) ask them
 * to stop rather than interrupt them; this covers a flag left set by an aborted network wait.
 */
public final class TransactionGate {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    <T> T calculateRead(DatasetGraph dsg, Supplier<T> action) {
        return shared(() -> Txn.calculateRead(dsg, action));
    }

    <T> T calculateWrite(DatasetGraph dsg, Supplier<T> action) {
        return shared(() -> Txn.calculateWrite(dsg, action));
    }

    void executeWrite(DatasetGraph dsg, Runnable action) {
        shared(() -> {
            Txn.executeWrite(dsg, action);
            return null;
        });
    }

    /** Runs work that opens transactions on its own (a SPARQL request) inside the gate. */
    public <T> T during(Callable<T> work) throws Exception {
        lock.readLock().lock();
        try {
            return work.call();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs the action with no transaction under way and none starting until it ends. */
    void exclusive(Runnable action) {
        lock.writeLock().lock();
        try {
            action.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T shared(Supplier<T> action) {
        return uninterrupted(() -> {
            lock.readLock().lock();
            try {
                return action.get();
            } finally {
                lock.readLock().unlock();
            }
        });
    }

    /** Runs the action with its thread's interrupt flag cleared, and sets it again afterwards (see above why). */
    static <T> T uninterrupted(Supplier<T> action) {
        boolean interrupted = Thread.interrupted();
        try {
            return action.get();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
