package fr.hautsdeseine.catalog.harvest;

/** No harvest source of that name. */
public class SourceNotFoundException extends RuntimeException {
    public SourceNotFoundException(String message) {
        super(message);
    }
}
