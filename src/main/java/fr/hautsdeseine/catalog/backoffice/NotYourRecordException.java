package fr.hautsdeseine.catalog.backoffice;

/** An account tried to open or change a record of a publisher it is not assigned to; nothing was written. */
public final class NotYourRecordException extends RuntimeException {
    public NotYourRecordException(String message) {
        super(message);
    }
}
