package fr.hautsdeseine.catalog.oai;

import fr.hautsdeseine.catalog.index.RecordSummary;
import fr.hautsdeseine.catalog.publish.ChangeHistory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * One item of the repository: a live record, or a withdrawn one (a deleted record, 2.5.1).
 *
 * @param datestamp when it last changed or was withdrawn, to the second
 * @param record    what the filters know of it: now, or (withdrawn) when it last existed, if the log says
 */
record Item(String id, Instant datestamp, Optional<RecordSummary> record, boolean deleted) {

    static Item live(RecordSummary summary) {
        return new Item(summary.id(), summary.modified().truncatedTo(ChronoUnit.SECONDS), Optional.of(summary), false);
    }

    static Item deleted(ChangeHistory.Withdrawal withdrawal) {
        return new Item(withdrawal.change().recordId(), withdrawal.change().time().truncatedTo(ChronoUnit.SECONDS),
                withdrawal.before(), true);
    }

    /** The sets it is (or, withdrawn, was last) in; worked out when asked, as most lists never ask. */
    List<String> sets() {
        return record.map(OaiSets::of).orElse(List.of());
    }
}
