package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.validation.RecordValidator;
import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** What the API, the command line and the schedule do with harvest sources: one run per source at a time. */
public final class HarvestService {
    private final CatalogStore store;
    private final HarvestSources sources;
    private final HarvestReports reports;
    private final Harvester harvester;
    private final AuditLog audit;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

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
        return new HarvestService(store, new HarvestReports(dataDir.resolve("harvest-runs")), harvester, audit);
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
            HarvestReport report = harvester.run(source, progress);
            reports.save(report);
            return report;
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
