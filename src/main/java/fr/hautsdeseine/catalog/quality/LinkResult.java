package fr.hautsdeseine.catalog.quality;

import java.time.Instant;

/**
 * One check of one URL.
 *
 * @param status the final HTTP status, 0 when no HTTP answer came
 * @param method what answered: HEAD, or GET when HEAD was refused
 */
public record LinkResult(String url, LinkOutcome outcome, int status, String method, Instant checkedAt) {

    public boolean reachable() {
        return outcome == LinkOutcome.REACHABLE;
    }
}
