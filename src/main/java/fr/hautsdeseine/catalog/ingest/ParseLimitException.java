package fr.hautsdeseine.catalog.ingest;

/** A document past one of the reader's limits (nesting, literal size) or that it refuses (XML entities). */
public class ParseLimitException extends RdfParseException {
    private final int status;

    public ParseLimitException(int status, String message) {
        super(message, -1, -1);
        this.status = status;
    }

    /** 400 for a shape the reader refuses, 413 for a size. */
    public int status() {
        return status;
    }
}
