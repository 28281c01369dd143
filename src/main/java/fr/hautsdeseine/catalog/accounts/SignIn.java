package fr.hautsdeseine.catalog.accounts;

import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the back office needs to know who is signed in: the accounts, their sessions, the
 * lockout of repeated failures, and the identity provider if one is configured.
 */
public final class SignIn {
    private static final Logger log = LoggerFactory.getLogger(SignIn.class);

    private final Accounts accounts;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final Optional<OidcSignIn> oidc;

    public SignIn(Accounts accounts, Sessions sessions, SignInThrottle throttle, Optional<OidcSignIn> oidc) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.oidc = oidc;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Sessions sessions() {
        return sessions;
    }

    public Optional<OidcSignIn> oidc() {
        return oidc;
    }

    /**
     * Opens a session for the email and password.
     *
     * @throws SignInRefusedException for a wrong pair, or while the email is locked out (even with the right password)
     */
    public Session withPassword(String email, String password) {
        Optional<Instant> locked = throttle.lockedUntil(email);
        if (locked.isPresent()) {
            log.warn("[sign-in] refused for {}: locked out until {}", email, locked.get());
            throw new SignInRefusedException(locked);
        }
        Optional<Account> account = accounts.check(email, password);
        if (account.isEmpty()) {
            throttle.failed(email);
            log.warn("[sign-in] wrong email or password for {}", email);
            throw new SignInRefusedException(throttle.lockedUntil(email));
        }
        throttle.succeeded(email);
        log.info("[sign-in] {} signed in with a password", account.get().email());
        return sessions.open(account.get().email());
    }

    /** Opens a session for an email the identity provider vouched for; it must have an account here. */
    public Session withProvider(String email) {
        Account account = accounts.find(email).orElseThrow(() -> new OidcSignInException(
                "No account for " + email + " in this catalog: ask an administrator to add it"));
        log.info("[sign-in] {} signed in through the identity provider", account.email());
        return sessions.open(account.email());
    }

    /** The account of a live session (none once the account was removed). */
    public Optional<SignedIn> current(String sessionId) {
        return sessions.find(sessionId).flatMap(session -> accounts.find(session.email())
                .map(account -> new SignedIn(account, session)));
    }

    /** A signed-in person: their account and their session. */
    public record SignedIn(Account account, Session session) {
    }
}
