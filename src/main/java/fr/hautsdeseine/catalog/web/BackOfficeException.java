package fr.hautsdeseine.catalog.web;

/**
 * A back-office request that ends early: a redirect (to the sign-in page, say) or a refusal shown as a
 * page in the person's language. The message key names the words to show.
 */
final class BackOfficeException extends RuntimeException {
    private final int status;
    private final String location;
    private final String messageKey;

    private BackOfficeException(int status, String location, String messageKey, String detail) {
        super(detail);
        this.status = status;
        this.location = location;
        this.messageKey = messageKey;
    }

    static BackOfficeException redirect(String location) {
        return new BackOfficeException(303, location, null, "Redirect to " + location);
    }

    static BackOfficeException refused(int status, String messageKey, String detail) {
        return new BackOfficeException(status, null, messageKey, detail);
    }

    int status() {
        return status;
    }

    String location() {
        return location;
    }

    String messageKey() {
        return messageKey;
    }
}
