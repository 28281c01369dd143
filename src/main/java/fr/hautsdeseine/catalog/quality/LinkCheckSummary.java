package fr.hautsdeseine.catalog.quality;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the link checks found for the URLs the catalog gives today (those of withdrawn records left aside).
 *
 * @param urls        distinct access and download URLs of the stored records
 * @param checked     those of them checked at least once
 * @param unreachable those of them whose last check did not end in a 2xx answer
 * @param failures    how the last checks of the unreachable ones ended: by outcome as {@link LinkOutcome} lists
 *                    them, then by HTTP status
 * @param lastChecked when the newest of those last checks was made; empty when none was ever checked
 */
public record LinkCheckSummary(int urls, int checked, int unreachable, List<Failures> failures,
                               Optional<Instant> lastChecked) {

    public LinkCheckSummary {
        failures = List.copyOf(failures);
    }

    public int neverChecked() {
        return urls - checked;
    }

    /** How many URLs failed one way: the outcome, and the HTTP status for {@link LinkOutcome#HTTP_ERROR} (else 0). */
    public record Failures(LinkOutcome outcome, int status, int urls) {
    }
}
