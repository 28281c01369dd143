package fr.hautsdeseine.catalog.backoffice;

/** No published record and no draft has this id. */
public final class NoSuchRecordException extends RuntimeException {
    public NoSuchRecordException(String id) {
        super("No record or draft '" + id + "'");
    }
}
