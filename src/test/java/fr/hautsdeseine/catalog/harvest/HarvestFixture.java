package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.config.HarvestConfig;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;

/** A real store in a temporary directory with the harvest wired over it, under short test limits. */
final class HarvestFixture implements AutoCloseable {
    static final HarvestConfig LIMITS = HarvestConfig.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700))
            .withSizeLimits(200_000, 2_000_000, 20)
            .withRetries(1, Duration.ofMillis(20))
            // Withdrawal at once, as most tests expect; the grace period has tests of its own.
            .withWithdrawalGrace(Duration.ZERO);

    /** The real shapes, parsed once for all harvest tests. */
    static final org.apache.jena.graph.Graph VOCABULARIES = fr.hautsdeseine.catalog.vocab.Vocabularies.loadAll();
    static final RecordValidator VALIDATOR = RecordValidator.standard(VOCABULARIES);

    final CatalogStore store;
    final AuditLog audit;
    final HarvestService service;

    HarvestFixture(Path dir) {
        this(dir, LIMITS);
    }

    HarvestFixture(Path dir, HarvestConfig limits) {
        this(dir, limits, Clock.systemUTC());
    }

    HarvestFixture(Path dir, HarvestConfig limits, Clock clock) {
        store = CatalogStore.open(dir.resolve("data"), new CatalogIris("http://localhost:8080"));
        audit = new AuditLog(dir.resolve("data/audit.jsonl"), Clock.systemUTC());
        Harvester harvester = new Harvester(store, limits, VALIDATOR, () -> VOCABULARIES, audit, clock);
        service = new HarvestService(store, new HarvestReports(dir.resolve("data/harvest-runs")), harvester, audit);
    }

    HarvestReport add(String name, String url, SourceType type) {
        service.add(new HarvestSource(name, HarvestSource.parseUrl(url), type, java.util.Optional.empty()));
        return run(name);
    }

    HarvestReport run(String name) {
        return service.run(name, line -> { });
    }

    /** Every record's content by id: what a fault must leave exactly as it was. */
    Map<String, Graph> snapshot() {
        Map<String, Graph> records = new TreeMap<>();
        store.recordIds().forEach(id -> records.put(id, store.record(id).orElseThrow()));
        return records;
    }

    static boolean same(Map<String, Graph> before, Map<String, Graph> after) {
        return before.keySet().equals(after.keySet())
                && before.keySet().stream().allMatch(id -> before.get(id).isIsomorphicWith(after.get(id)));
    }

    @Override
    public void close() {
        store.close();
    }
}
