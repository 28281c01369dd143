package fr.hautsdeseine.catalog.accounts;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, in memory: a restart signs everyone out. A session unused for longer than the
 * idle limit is gone; each use moves its limit forward.
 */
public final class Sessions {
    private final Clock clock;
    private final Duration idle;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    public Sessions(Clock clock, Duration idle) {
        this.clock = clock;
        this.idle = idle;
    }

    public Duration idle() {
        return idle;
    }

    public Session open(String email) {
        dropExpired();
        Session session = new Session(randomToken(), email, randomToken(), clock.instant());
        byId.put(session.id(), session);
        return session;
    }

    /** The live session with this id, marked as used now. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = byId.computeIfPresent(id, (k, s) -> isExpired(s, now) ? null : s.seenAt(now));
        return Optional.ofNullable(session);
    }

    public void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    /** Signs an account out everywhere (its password changed, or it was removed). */
    public void closeAll(String email) {
        byId.values().removeIf(session -> session.email().equals(email));
    }

    /** Whether a form's token is this session's, compared in constant time. */
    public static boolean csrfMatches(Session session, String sent) {
        return sent != null && MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }

    private boolean isExpired(Session session, Instant now) {
        return session.lastSeen().plus(idle).isBefore(now);
    }

    private void dropExpired() {
        Instant now = clock.instant();
        byId.values().removeIf(session -> isExpired(session, now));
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
