package fr.hautsdeseine.catalog.sparql;

import java.time.Duration;

/**
 * What one query may cost: its time, the size of its result, how many queries run at once and how
 * long the text of a query may be.
 *
 * @param timeout       the longest a query runs; a request's {@code timeout} parameter may only lower it
 * @param maxRows       the most SELECT rows, or CONSTRUCT / DESCRIBE triples, an answer may hold
 * @param maxConcurrent the most queries running at once; beyond, 503 with {@code Retry-After}
 * @param queueWait     how long a query waits for a free slot before that 503
 * @param maxQueryBytes the largest query body accepted, in bytes
 */
public record SparqlLimits(Duration timeout, int maxRows, int maxConcurrent, Duration queueWait, int maxQueryBytes) {
    public static final Duration DEFAULT_QUEUE_WAIT = Duration.ofMillis(500);
    public static final int DEFAULT_MAX_QUERY_BYTES = 100_000;

    public SparqlLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The SPARQL time limit must be positive, got " + timeout);
        }
        if (maxRows <= 0 || maxConcurrent <= 0 || maxQueryBytes <= 0) {
            throw new IllegalArgumentException("SPARQL limits must be positive");
        }
    }

    public static SparqlLimits of(Duration timeout, int maxRows, int maxConcurrent) {
        return new SparqlLimits(timeout, maxRows, maxConcurrent, DEFAULT_QUEUE_WAIT, DEFAULT_MAX_QUERY_BYTES);
    }
}
