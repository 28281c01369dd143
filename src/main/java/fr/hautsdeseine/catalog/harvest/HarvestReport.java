package fr.hautsdeseine.catalog.harvest;

import java.util.List;

/**
 * What one run did. A failed run ({@code complete} false) wrote and withdrew nothing.
 *
 * @param started        ISO-8601 instant the run started
 * @param durationMillis how long it took
 * @param rejected       each record not stored, with why
 * @param notes          what was repaired or dropped in the stored records, each with where and the original value
 * @param pendingWithdrawal records the source no longer lists, withdrawn only when their grace period ends
 * @param preview        a dry run: the counts say what a run would do; nothing was stored or withdrawn
 * @param interrupted    the server stopped during the run: its write phase being one transaction, it stored nothing
 */
public record HarvestReport(
        String runId,
        String run,
        String source,
        String started,
        long durationMillis,
        boolean complete,
        int pages,
        long bytes,
        Counts counts,
        List<Rejected> rejected,
        List<Note> notes,
        List<String> errors,
        List<PendingWithdrawal> pendingWithdrawal,
        boolean preview,
        boolean interrupted) {

    public HarvestReport {
        pendingWithdrawal = pendingWithdrawal == null ? List.of() : pendingWithdrawal;
    }

    /** A record the source stopped listing on {@code goneSince}, to be withdrawn on {@code withdrawOn} unless it reappears. */
    public record PendingWithdrawal(String record, String goneSince, String withdrawOn) {
    }

    /**
     * A repair or a drop made to a stored record.
     *
     * @param action   {@code repaired} or {@code dropped}
     * @param property the property concerned ({@code dct:license})
     * @param where    the node that held the value: its IRI, or the way a blank node hangs from the record
     * @param original the value as the partner gave it ("" when there was none)
     * @param note     the whole of it in one sentence
     */
    public record Note(String record, String action, String property, String where, String original, String note) {
    }

    public record Counts(int created, int updated, int unchanged, int withdrawn, int invalid, int failed) {
    }

    /** A record that was not stored: invalid (refused by validation) or failed (it could not be written). */
    public record Rejected(String record, String kind, String reason) {
    }

    /** The report of a run the server stopped during, written at the next start. */
    static HarvestReport interrupted(String runId, String run, String source, String started) {
        return new HarvestReport(runId, run, source, started, 0, false, 0, 0, new Counts(0, 0, 0, 0, 0, 0), List.of(),
                List.of(), List.of("The server stopped during this run (started " + started + "); a run stores its"
                        + " records and withdrawals in one transaction, so nothing of it was stored"), List.of(), false, true);
    }

    public String status() {
        return interrupted ? "interrupted" : complete ? "complete" : "failed";
    }

    /** One line for logs and the command line. */
    public String summary() {
        return (preview ? "preview of " : "") + "%s: %s in %d ms, %d pages; %d new, %d updated, %d unchanged, %d withdrawn, %d invalid, %d failed".formatted(
                source, status(), durationMillis, pages, counts.created(), counts.updated(), counts.unchanged(),
                counts.withdrawn(), counts.invalid(), counts.failed());
    }
}
