package fr.hautsdeseine.catalog.accounts;

/** An OpenID Connect sign-in that cannot complete; the message says why, for the person signing in. */
public final class OidcSignInException extends RuntimeException {
    public OidcSignInException(String message) {
        super(message);
    }

    public OidcSignInException(String message, Throwable cause) {
        super(message, cause);
    }
}
