package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.ingest.Importer;
import fr.hautsdeseine.catalog.ingest.RecordRejectedException;
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

/**
 * Stores what a complete run found: the source's own records (never one that another source or the
 * portal owns), in batches; then marks the source's records it no longer lists as gone, and withdraws
 * those gone for longer than the grace period (a partner's catalog can miss records for a day).
 */
final class HarvestWriter {
    private static final int BATCH = 250;

    private final CatalogStore store;
    private final Importer importer;
    private final AuditLog audit;
    private final Duration grace;
    private final Instant now;
    private final boolean dryRun;

    /** @param dryRun count what a run would create, update and withdraw, and change nothing */
    HarvestWriter(CatalogStore store, Importer importer, AuditLog audit, Duration grace, Instant now, boolean dryRun) {
        this.store = store;
        this.importer = importer;
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
        Node runIri = NodeFactory.createURI(run.runIri);
        for (int from = 0; from < own.size(); from += BATCH) {
            List<DatasetRecord> batch = own.subList(from, Math.min(own.size(), from + BATCH));
            try {
                count(run, importer.storeHarvested(batch, origin, run.reports, runIri));
            } catch (RecordClashException | RecordRejectedException e) {
                // One record the store or the import rules refuse: the others of the batch go in one by one.
                batch.forEach(record -> putAlone(run, record, origin, runIri));
            }
        }
        withdrawGone(run, origin, origins);
    }

    private void withdrawGone(Harvester.RunState run, String origin, Map<String, String> origins) {
        PendingWithdrawals pending = PendingWithdrawals.read(store);
        pending.of(origin).stream().filter(id -> run.found.containsKey(id) || !origins.containsKey(id)).forEach(pending::forget);
        origins.forEach((id, owner) -> {
            if (!owner.equals(origin) || run.found.containsKey(id) || run.listedInvalid.contains(id)) {
                return;
            }
            Instant since = pending.since(id).orElse(now);
            Instant due = since.plus(grace);
            if (now.isBefore(due)) {
                pending.mark(id, origin, since);
                run.pending.add(new HarvestReport.PendingWithdrawal(id, since.toString(), due.toString()));
            } else if (dryRun) {
                run.withdrawn++;
            } else {
                pending.forget(id);
                if (store.withdraw(id)) {
                    run.withdrawn++;
                    audit.record(who(run), "withdrawn", id, run.runIri);
                }
            }
        });
        if (!dryRun) {
            pending.save();
        }
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

    private void putAlone(Harvester.RunState run, DatasetRecord record, String origin, Node runIri) {
        try {
            count(run, importer.storeHarvested(List.of(record), origin, run.reports, runIri));
        } catch (RecordClashException | RecordRejectedException e) {
            run.reject(record.id(), "failed", e.getMessage());
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
