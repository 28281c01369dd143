package fr.hautsdeseine.catalog.store;

/** An entry copied from another log does not follow the last one of this log: one is missing, or repeated. */
public final class SequenceGapException extends IllegalStateException {
    private final long expected;
    private final long found;

    public SequenceGapException(long expected, long found) {
        super("change log entry " + expected + " expected, got " + found);
        this.expected = expected;
        this.found = found;
    }

    public long expected() {
        return expected;
    }

    public long found() {
        return found;
    }
}
