package fr.hautsdeseine.catalog.sparql;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Aborts each query that is still running at its deadline. ARQ's own alarm only raises a flag, and in
 * Jena 5.6 it waits for plan construction to finish; {@link QueryExec#abort()} raises the flag at once
 * and also cancels a sort in progress. The query's thread is never interrupted: TDB2 reads through a
 * FileChannel, which the JDK closes on interrupt.
 */
final class QueryWatchdog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(QueryWatchdog.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("sparql-watchdog"));
    // abort() may block while the query holds its lock: never on the timer's thread.
    private final ExecutorService aborter = Executors.newCachedThreadPool(daemon("sparql-abort"));

    /** One query under watch: stop watching when it ends, and ask whether the deadline stopped it. */
    static final class Watch {
        private final AtomicBoolean fired = new AtomicBoolean();
        private volatile ScheduledFuture<?> alarm;

        boolean fired() {
            return fired.get();
        }

        void release() {
            ScheduledFuture<?> scheduled = alarm;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
    }

    Watch watch(QueryExec exec, Duration limit, long requestId) {
        Watch watch = new Watch();
        watch.alarm = timer.schedule(() -> {
            watch.fired.set(true);
            log.info("[sparql {}] aborting the query at its deadline of {} ms", requestId, limit.toMillis());
            aborter.execute(exec::abort);
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        return watch;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        aborter.shutdown();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
