package fr.hautsdeseine.catalog.ingest;

import fr.hautsdeseine.catalog.config.IngestLimits;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.util.List;

/**
 * What every record passes before it is validated, at every door (API, validation, command line,
 * harvest): its size and depth ({@link RecordLimits}), links a person may follow ({@link SafeLinks}),
 * and what it may describe ({@link RecordOwnership}). Throws a {@link RecordRejectedException} naming
 * the record and the reason.
 */
public final class RecordAdmission {
    private final RecordLimits limits;
    private final SafeLinks links = new SafeLinks();
    private final RecordOwnership ownership;

    public RecordAdmission(CatalogStore store, IngestLimits limits) {
        this.limits = new RecordLimits(limits);
        this.ownership = new RecordOwnership(store);
    }

    /** The records as they may be stored (the registry's resources described as it describes them). */
    public List<DatasetRecord> admit(List<DatasetRecord> records) {
        for (DatasetRecord record : records) {
            limits.check(record);
            links.check(record);
        }
        return ownership.enforce(records);
    }

    public DatasetRecord admit(DatasetRecord record) {
        return admit(List.of(record)).get(0);
    }
}
