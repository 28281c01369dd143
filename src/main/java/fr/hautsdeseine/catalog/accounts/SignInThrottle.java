package fr.hautsdeseine.catalog.accounts;

import java.util.Locale;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks an email out for a while after repeated wrong passwords, whether or not it has an account
 * (so the lockout does not tell which emails exist). Kept in memory: a restart forgets it.
 */
public final class SignInThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** When the email may try again, if it is locked out now. */
    public Optional<Instant> lockedUntil(String email) {
        Failures seen = failures.get(key(email));
        if (seen == null || seen.count() < MAX_FAILURES) {
            return Optional.empty();
        }
        Instant until = seen.last().plus(LOCKOUT);
        return until.isAfter(clock.instant()) ? Optional.of(until) : Optional.empty();
    }

    public void failed(String email) {
        Instant now = clock.instant();
        failures.compute(key(email), (k, seen) -> seen == null || seen.last().plus(LOCKOUT).isBefore(now)
                ? new Failures(1, now) : new Failures(seen.count() + 1, now));
    }

    public void succeeded(String email) {
        failures.remove(key(email));
    }

    private static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
