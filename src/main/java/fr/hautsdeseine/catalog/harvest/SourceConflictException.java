package fr.hautsdeseine.catalog.harvest;

/** A source name already taken, or a run of a source that is already running. */
public class SourceConflictException extends RuntimeException {
    public SourceConflictException(String message) {
        super(message);
    }
}
