package fr.hautsdeseine.catalog.store;

/** A copied change log entry does not fit this store: it no longer holds what the primary's did. */
public final class ReplicaDivergedException extends IllegalStateException {
    public ReplicaDivergedException(String message) {
        super(message);
    }
}
