package fr.hautsdeseine.catalog.harvest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each source on its interval: at every tick, a source whose last run started an interval ago
 * (or that never ran) is harvested, unless it is running already. One thread: runs never overlap.
 */
public final class HarvestScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HarvestScheduler.class);

    private final HarvestService service;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "harvest-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    public HarvestScheduler(HarvestService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    public void start(Duration tick) {
        executor.scheduleWithFixedDelay(this::runDue, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    void runDue() {
        for (HarvestSource source : service.sources()) {
            if (executor.isShutdown()) {
                return;
            }
            if (source.every().isEmpty() || service.isRunning(source.name())) {
                continue;
            }
            Instant now = clock.instant();
            boolean due = service.latestReport(source.name())
                    .map(last -> !Instant.parse(last.started()).plus(source.every().get()).isAfter(now))
                    .orElse(true);
            if (due) {
                try {
                    service.run(source.name(), line -> { });
                } catch (RuntimeException e) {
                    log.warn("[harvest {}] scheduled run failed: {}", source.name(), e.getMessage());
                }
            }
        }
    }

    /**
     * Stops the schedule and the fetching of runs under way, then waits for them to end. Their threads are never
     * interrupted: a run may be in its write phase, and TDB2's files close under an interrupt.
     */
    @Override
    public void close() {
        executor.shutdown();
        service.stopFetching();
        try {
            if (!executor.awaitTermination(40, TimeUnit.SECONDS)) {
                log.warn("[harvest] a run did not end within 40 s of the stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
