package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.store.RecordClashException;
import fr.hautsdeseine.catalog.store.WriteOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores what a complete run found: the source's own records (never one that another source or the
 * portal owns); marks the source's records it no longer lists as gone, and withdraws those gone for
 * longer than the grace period (a partner's catalog can miss records for a day). The records and the
 * withdrawals are one transaction: a server stopped during the write phase leaves all of it or none.
 */
final class HarvestWriter {
    private static final Logger log = LoggerFactory.getLogger(HarvestWriter.class);
    private final CatalogStore store;
    private final AuditLog audit;
    private final Duration grace;
    private final Instant now;
    private final boolean dryRun;

    /** @param dryRun count what a run would create, update and withdraw, and change nothing */
    HarvestWriter(CatalogStore store, AuditLog audit, Duration grace, Instant now, boolean dryRun) {
        this.store = store;
        this.audit = audit;
        this.grace = grace;
        this.now = now;
        this.dryRun = dryRun;
    }

    void write(Harvester.RunState run, String origin) {
        Map<String, String> origins = store.recordOrigins();
        List<DatasetRecord> own = new ArrayList<>();
        for (DatasetRecord record : run.found.values()) {
            String owner = origins.get(record.id());
            if (owner != null && !owner.equals(origin)) {
                run.reject(record.id(), "failed", "record '" + record.id() + "' belongs to " + describe(owner)
                        + "; it is not replaced by this source");
            } else {
                own.add(record);
            }
        }
        if (dryRun) {
            own.forEach(record -> wouldBe(run, record));
            withdrawGone(run, origin, origins);
            return;
        }
        PendingWithdrawals pending = PendingWithdrawals.read(store);
        List<String> withdrawals = gone(run, origin, origins, pending);
        Node runIri = NodeFactory.createURI(run.runIri);
        log.info("[harvest {}] writing {} records and {} withdrawals in one transaction", run.source, own.size(),
                withdrawals.size());
        Map<String, WriteOutcome> outcomes = null;
        while (outcomes == null) {
            try {
                outcomes = store.putAll(own, origin, run.reports, runIri, who(run), withdrawals);
            } catch (RecordClashException e) {
                // The whole write was undone: leave out the record whose id belongs to another dataset, and again.
                run.reject(e.id(), "failed", e.getMessage());
                own.removeIf(record -> record.id().equals(e.id()));
            }
        }
        count(run, outcomes);
        for (String id : withdrawals) {
            pending.forget(id);
            run.withdrawn++;
            audit.record(who(run), "withdrawn", id, run.runIri);
        }
        pending.save();
    }

    /** A dry run's withdrawals: counted, nothing written. */
    private void withdrawGone(Harvester.RunState run, String origin, Map<String, String> origins) {
        List<String> due = gone(run, origin, origins, PendingWithdrawals.read(store));
        run.withdrawn += due.size();
    }

    /**
     * The source's records it no longer lists: those gone for longer than the grace period, to withdraw now;
     * the others marked in {@code pending} (from the first run that missed them) and listed in the report.
     */
    private List<String> gone(Harvester.RunState run, String origin, Map<String, String> origins,
                              PendingWithdrawals pending) {
        pending.of(origin).stream().filter(id -> run.found.containsKey(id) || !origins.containsKey(id)).forEach(pending::forget);
        List<String> due = new ArrayList<>();
        origins.forEach((id, owner) -> {
            if (!owner.equals(origin) || run.found.containsKey(id) || run.listedInvalid.contains(id)) {
                return;
            }
            Instant since = pending.since(id).orElse(now);
            Instant dueAt = since.plus(grace);
            if (now.isBefore(dueAt)) {
                pending.mark(id, origin, since);
                run.pending.add(new HarvestReport.PendingWithdrawal(id, since.toString(), dueAt.toString()));
            } else {
                due.add(id);
            }
        });
        return due;
    }

    /** What storing the record would do, read from the stored copy as the store itself compares. */
    private void wouldBe(Harvester.RunState run, DatasetRecord record) {
        Optional<Graph> stored = store.record(record.id());
        if (stored.isEmpty()) {
            run.created++;
            return;
        }
        Graph content = stored.get();
        Node catalogRecord = store.iris().catalogRecord(record.id());
        Optional<Node> storedDataset = content.find(catalogRecord, FOAF.primaryTopic.asNode(), Node.ANY).nextOptional()
                .map(org.apache.jena.graph.Triple::getObject);
        if (storedDataset.isPresent() && !storedDataset.get().equals(record.dataset())) {
            run.reject(record.id(), "failed", new RecordClashException(record.id(), storedDataset.get().toString(),
                    record.dataset().toString()).getMessage());
            return;
        }
        content.remove(catalogRecord, Node.ANY, Node.ANY);
        if (content.isIsomorphicWith(record.content())) {
            run.unchanged++;
        } else {
            run.updated++;
        }
    }

    private void count(Harvester.RunState run, Map<String, WriteOutcome> outcomes) {
        outcomes.forEach((id, outcome) -> {
            switch (outcome) {
                case CREATED -> run.created++;
                case UPDATED -> run.updated++;
                case UNCHANGED -> run.unchanged++;
            }
            if (outcome != WriteOutcome.UNCHANGED) {
                audit.record(who(run), outcome.label(), id, run.runIri);
            }
        });
    }

    private static String who(Harvester.RunState run) {
        return "harvest:" + run.source;
    }

    private static String describe(String owner) {
        return owner.contains("/harvest/sources/") ? "the harvest source <" + owner + ">" : "the portal (" + owner + ")";
    }
}
