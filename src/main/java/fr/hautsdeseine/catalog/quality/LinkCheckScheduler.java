package fr.hautsdeseine.catalog.quality;

import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.config.LinkCheckConfig;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs link checks in the background: on the configured interval (the first a minute after start, so
 * that start-up never waits on the network), and on demand; one run at a time.
 */
public final class LinkCheckScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LinkCheckScheduler.class);
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final QualityService quality;
    private final LinkChecker checker;
    private final AuditLog audit;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "link-check-schedule");
        thread.setDaemon(true);
        return thread;
    });

    public LinkCheckScheduler(QualityService quality, LinkChecker checker, AuditLog audit) {
        this.quality = quality;
        this.checker = checker;
        this.audit = audit;
    }

    public LinkCheckScheduler start(LinkCheckConfig config) {
        if (config.scheduled()) {
            executor.scheduleWithFixedDelay(this::runScheduled, FIRST_RUN.toSeconds(), config.interval().toSeconds(),
                    TimeUnit.SECONDS);
        }
        return this;
    }

    /**
     * Starts a check now, in the background, and records in the audit log who asked for it and where; false when
     * one is running already (nothing recorded). The run is claimed here, before it is queued, so that two requests
     * in a row never queue two runs and the caller sees it running at once.
     */
    public boolean runNow(String who, String where) {
        if (!running.compareAndSet(false, true)) {
            log.info("[quality] link check asked for by {} ({}) while one runs: none started", who, where);
            return false;
        }
        try {
            executor.execute(this::runClaimed);
        } catch (RejectedExecutionException e) {
            running.set(false);
            throw e;
        }
        log.info("[quality] link check started by {} ({})", who, where);
        audit.record(who, "link check started", "", where);
        return true;
    }

    public boolean isRunning() {
        return running.get();
    }

    /** A scheduled run gives way to one already running. */
    private void runScheduled() {
        if (running.compareAndSet(false, true)) {
            runClaimed();
        }
    }

    private void runClaimed() {
        try {
            quality.checkLinks(checker);
        } catch (RuntimeException e) {
            log.warn("[quality] link check failed: {}", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    /**
     * Stops the schedule, ends a running check's requests, and waits for the run to let go of the store. The
     * run's thread is never interrupted: it may be storing scores, and TDB2's files close under an interrupt.
     */
    @Override
    public void close() {
        executor.shutdown();
        checker.close();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("[quality] a link check did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
