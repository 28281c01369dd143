package fr.hautsdeseine.catalog.ops;

/** A backup that cannot be taken, read or restored as asked: the message says why. */
public final class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message);
    }
}
