package fr.hautsdeseine.catalog.harvest;

/** A partner page that could not be fetched or read: the run stops and writes nothing. */
public class HarvestFetchException extends RuntimeException {
    private final int status;

    public HarvestFetchException(String message) {
        this(message, 0);
    }

    public HarvestFetchException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status the partner answered with, or 0 when the failure was not an answer. */
    public int status() {
        return status;
    }
}
