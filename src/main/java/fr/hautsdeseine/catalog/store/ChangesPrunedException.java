package fr.hautsdeseine.catalog.store;

import java.util.Optional;

/** A reader asked for change log entries that retention has removed: it must start from the snapshot. */
public final class ChangesPrunedException extends RuntimeException {
    private final long requested;
    private final long firstKept;
    private final transient Optional<ChangeSnapshot> snapshot;

    ChangesPrunedException(long requested, long firstKept, Optional<ChangeSnapshot> snapshot) {
        super("Change log entries before " + firstKept + " were pruned (asked from " + requested + "): "
                + snapshot.map(s -> "start from the snapshot of sequence " + s.sequence() + " (" + s.file()
                        + "), then read from " + (s.sequence() + 1))
                        .orElse("no snapshot is available"));
        this.requested = requested;
        this.firstKept = firstKept;
        this.snapshot = snapshot;
    }

    public long requested() {
        return requested;
    }

    public long firstKept() {
        return firstKept;
    }

    public Optional<ChangeSnapshot> snapshot() {
        return snapshot;
    }
}
