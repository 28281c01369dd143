package fr.hautsdeseine.catalog.oai;

import fr.hautsdeseine.catalog.publish.ChangeHistory;
import fr.hautsdeseine.catalog.publish.RecordSummary;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One item of the repository: a live record, or a withdrawn one (a deleted record, 2.5.1).
 *
 * @param datestamp when it last changed or was withdrawn, to the second
 * @param sets      the sets it is (or, withdrawn, was last) in
 */
record Item(String id, Instant datestamp, List<String> sets, boolean deleted) {

    static Item live(RecordSummary summary) {
        return new Item(summary.id(), summary.modified().truncatedTo(ChronoUnit.SECONDS), OaiSets.of(summary), false);
    }

    static Item deleted(ChangeHistory.Withdrawal withdrawal) {
        return new Item(withdrawal.change().recordId(), withdrawal.change().time().truncatedTo(ChronoUnit.SECONDS),
                withdrawal.before().map(OaiSets::of).orElse(List.of()), true);
    }
}
