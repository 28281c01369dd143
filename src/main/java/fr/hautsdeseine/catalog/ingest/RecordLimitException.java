package fr.hautsdeseine.catalog.ingest;

/** A record past one of the limits on its size or depth; nothing of the document is stored. */
public class RecordLimitException extends RecordRejectedException {
    private final int status;

    public RecordLimitException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** 400 for a shape refused, 413 for a size. */
    public int status() {
        return status;
    }
}
