package fr.hautsdeseine.catalog.harvest;

import java.util.List;

/**
 * What one run did. A failed run ({@code complete} false) wrote and withdrew nothing.
 *
 * @param started        ISO-8601 instant the run started
 * @param durationMillis how long it took
 * @param rejected       each record not stored, with why
 * @param notes          values of stored records that could not be mapped to DCAT-AP and were dropped
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
        List<String> errors) {

    /** A value of a stored record that could not be mapped to DCAT-AP and was dropped. */
    public record Note(String record, String note) {
    }

    public record Counts(int created, int updated, int unchanged, int withdrawn, int invalid, int failed) {
    }

    /** A record that was not stored: invalid (refused by validation) or failed (it could not be written). */
    public record Rejected(String record, String kind, String reason) {
    }

    public String status() {
        return complete ? "complete" : "failed";
    }

    /** One line for logs and the command line. */
    public String summary() {
        return "%s: %s in %d ms, %d pages; %d new, %d updated, %d unchanged, %d withdrawn, %d invalid, %d failed".formatted(
                source, status(), durationMillis, pages, counts.created(), counts.updated(), counts.unchanged(),
                counts.withdrawn(), counts.invalid(), counts.failed());
    }
}
