package fr.hautsdeseine.catalog.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prunes the change log to its newest entries on a background thread: shortly after start-up, then at
 * every period. Pruning writes a snapshot of every record first, so it runs apart from any request.
 */
public final class ChangeLogRetention implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChangeLogRetention.class);

    private final ChangeLog changes;
    private final long retain;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "changelog-retention");
        thread.setDaemon(true);
        return thread;
    });

    /** @param retain the newest entries kept; 0 keeps every entry (nothing is ever pruned) */
    public ChangeLogRetention(ChangeLog changes, long retain) {
        if (retain < 0) {
            throw new IllegalArgumentException("retain must be 0 or positive, got " + retain);
        }
        this.changes = changes;
        this.retain = retain;
    }

    public ChangeLogRetention start(Duration firstDelay, Duration period) {
        if (retain == 0) {
            return this;
        }
        executor.scheduleWithFixedDelay(this::prune, firstDelay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void prune() {
        try {
            changes.prune(retain);
        } catch (RuntimeException e) {
            // The log is whole either way: pruning is retried at the next period.
            log.warn("[changes] pruning to {} entries failed: {}", retain, e.getMessage());
        }
    }

    @Override
    public void close() {
        // No interrupt: an interrupted TDB2 write closes the store's file channels. A running prune ends first.
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
