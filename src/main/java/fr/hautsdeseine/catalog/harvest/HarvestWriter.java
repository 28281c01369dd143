package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.store.RecordClashException;
import fr.hautsdeseine.catalog.store.WriteOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Stores what a complete run found: the source's own records (never one that another source or the
 * portal owns), in batches, then withdraws the source's records it no longer lists.
 */
final class HarvestWriter {
    private static final int BATCH = 250;

    private final CatalogStore store;
    private final AuditLog audit;

    HarvestWriter(CatalogStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
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
        Node runIri = NodeFactory.createURI(run.runIri);
        for (int from = 0; from < own.size(); from += BATCH) {
            List<DatasetRecord> batch = own.subList(from, Math.min(own.size(), from + BATCH));
            try {
                count(run, store.putAll(batch, origin, run.reports, runIri, who(run)));
            } catch (RecordClashException e) {
                batch.forEach(record -> putAlone(run, record, origin, runIri));
            }
        }
        origins.forEach((id, owner) -> {
            if (owner.equals(origin) && !run.found.containsKey(id) && !run.listedInvalid.contains(id) && store.withdraw(id, who(run))) {
                run.withdrawn++;
                audit.record(who(run), "withdrawn", id, run.runIri);
            }
        });
    }

    private void putAlone(Harvester.RunState run, DatasetRecord record, String origin, Node runIri) {
        try {
            count(run, store.putAll(List.of(record), origin, run.reports, runIri, who(run)));
        } catch (RecordClashException e) {
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
