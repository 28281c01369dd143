package fr.hautsdeseine.catalog.web;

/** An HTTP failure with its status and a message meant for the client. */
public class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
