package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.validation.RecordValidator;
import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the API, the command line and the schedule do with harvest sources: one run per source at a time. */
public final class HarvestService {
    private static final Logger log = LoggerFactory.getLogger(HarvestService.class);
    private final CatalogStore store;
    private final HarvestSources sources;
    private final HarvestReports reports;
    private final Harvester harvester;
    private final AuditLog audit;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final List<Consumer<HarvestReport>> reportListeners = new CopyOnWriteArrayList<>();

    public HarvestService(CatalogStore store, HarvestReports reports, Harvester harvester, AuditLog audit) {
        this.store = store;
        this.sources = new HarvestSources(store);
        this.reports = reports;
        this.harvester = harvester;
        this.audit = audit;
    }

    /** The service over a store, its run reports kept under {@code dataDir/harvest-runs}. */
    public static HarvestService open(CatalogStore store, java.nio.file.Path dataDir, fr.hautsdeseine.catalog.config.HarvestConfig config,
            RecordValidator validator, java.util.function.Supplier<org.apache.jena.graph.Graph> vocabularies, AuditLog audit, java.time.Clock clock) {
        Harvester harvester = new Harvester(store, config, validator, vocabularies, audit, clock);
        HarvestService service = new HarvestService(store, new HarvestReports(dataDir.resolve("harvest-runs")), harvester, audit);
        service.reportInterruptedRuns();
        return service;
    }

    /** Ends every run's fetching (the server is stopping); a run in its write phase finishes it. */
    public void stopFetching() {
        harvester.stopFetching();
    }

    public List<HarvestSource> sources() {
        return sources.list();
    }

    public Optional<HarvestSource> source(String name) {
        return sources.find(name);
    }

    public void add(HarvestSource source) {
        sources.add(source);
    }

    /** Removes a source and withdraws the records it brought; false when there was no such source. */
    public boolean remove(String name, String who) {
        if (!running.add(name)) {
            throw new SourceConflictException("Source '" + name + "' is being harvested; remove it when the run ends");
        }
        try {
            if (!sources.remove(name)) {
                return false;
            }
            String origin = sources.iriOf(name);
            for (Map.Entry<String, String> record : store.recordOrigins().entrySet()) {
                if (record.getValue().equals(origin) && store.withdraw(record.getKey(), who)) {
                    audit.record(who, "withdrawn", record.getKey(), "source " + name + " removed");
                }
            }
            reports.removeAll(name);
            return true;
        } finally {
            running.remove(name);
        }
    }

    /** Runs the source now and keeps its report; a second run of the same source meanwhile is refused. */
    public HarvestReport run(String name, Consumer<String> progress) {
        HarvestSource source = sources.find(name)
                .orElseThrow(() -> new SourceNotFoundException("No harvest source named '" + name + "'"));
        if (!running.add(name)) {
            throw new SourceConflictException("Source '" + name + "' is already being harvested");
        }
        try {
            reports.started(name, Instant.now());
            HarvestReport report = harvester.run(source, progress);
            reports.save(report);
            reports.ended(name);
            reportListeners.forEach(listener -> listener.accept(report));
            return report;
        } finally {
            running.remove(name);
        }
    }

    /** Saves an "interrupted" report for each run the server stopped during (kill, crash, power cut). */
    void reportInterruptedRuns() {
        reports.takeInterrupted().forEach((source, started) -> {
            String runId = Harvester.RUN_ID.format(started);
            HarvestReport report = HarvestReport.interrupted(runId, store.iris().harvestRun(source, runId).getURI(),
                    source, started.toString());
            reports.save(report);
            log.warn("[harvest {}] the run started {} was interrupted by a stop of the server; nothing of it was stored",
                    source, started);
        });
    }

    /** Called with the report of every run that ends, after it was saved. */
    public void onReport(Consumer<HarvestReport> listener) {
        reportListeners.add(listener);
    }

    /** A dry run of the source: what a run would create, update, withdraw and refuse; nothing stored, no report kept. */
    public HarvestReport preview(String name, Consumer<String> progress) {
        HarvestSource source = sources.find(name)
                .orElseThrow(() -> new SourceNotFoundException("No harvest source named '" + name + "'"));
        if (!running.add(name)) {
            throw new SourceConflictException("Source '" + name + "' is already being harvested");
        }
        try {
            return harvester.preview(source, progress);
        } finally {
            running.remove(name);
        }
    }

    public boolean isRunning(String name) {
        return running.contains(name);
    }

    public List<HarvestReport> reports(String name, int limit) {
        if (sources.find(name).isEmpty()) {
            throw new SourceNotFoundException("No harvest source named '" + name + "'");
        }
        return reports.list(name, limit);
    }

    public Optional<HarvestReport> latestReport(String name) {
        return reports.latest(name);
    }
}
