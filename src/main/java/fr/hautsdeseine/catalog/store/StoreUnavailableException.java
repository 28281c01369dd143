package fr.hautsdeseine.catalog.store;

/** The store directory cannot be opened (missing rights, or held by another process). */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
