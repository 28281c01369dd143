package fr.hautsdeseine.catalog.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions. A session unused for longer than the idle limit is gone; each use moves its limit
 * forward. Sessions are kept in a {@link SessionFile}, so a restart signs no one out, and known in memory
 * by a hash of their id only. The CSRF token is derived from the id, so nothing stored reveals it either.
 * <p>
 * A use is written to the file at most once a minute per session: after a restart a session may thus
 * look up to a minute older than it is, which only ever ends it sooner, never later.
 */
public final class Sessions {
    private static final Duration WRITE_EVERY = Duration.ofMinutes(1);

    private final Clock clock;
    private final Duration idle;
    private final SessionFile file;
    private final SecureRandom random = new SecureRandom();
    /** Live sessions by the hash of their id, with the last use the file holds. */
    private final Map<String, Live> byHash = new ConcurrentHashMap<>();

    private record Live(String email, Instant lastSeen, Instant written) {
        SessionFile.Stored stored(String hash) {
            return new SessionFile.Stored(hash, email, written);
        }
    }

    public Sessions(Clock clock, Duration idle, SessionFile file) {
        this.clock = clock;
        this.idle = idle;
        this.file = file;
        Instant now = clock.instant();
        for (SessionFile.Stored stored : file.load()) {
            Instant seen = stored.lastSeenAt();
            if (!isExpired(seen, now)) {
                byHash.put(stored.idHash(), new Live(stored.email(), seen, seen));
            }
        }
    }

    public Duration idle() {
        return idle;
    }

    public Session open(String email) {
        Instant now = clock.instant();
        byHash.values().removeIf(live -> isExpired(live.lastSeen(), now));
        String id = randomToken();
        byHash.put(hash(id), new Live(email, now, now));
        save();
        return session(id, email, now);
    }

    /** The live session with this id, marked as used now. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean[] changed = {false};
        Live live = byHash.computeIfPresent(hash(id), (k, s) -> {
            if (isExpired(s.lastSeen(), now)) {
                changed[0] = true;
                return null;
            }
            boolean write = !s.written().plus(WRITE_EVERY).isAfter(now);
            changed[0] |= write;
            return new Live(s.email(), now, write ? now : s.written());
        });
        if (changed[0]) {
            save();
        }
        return Optional.ofNullable(live).map(s -> session(id, s.email(), now));
    }

    public void close(String id) {
        if (id != null && byHash.remove(hash(id)) != null) {
            save();
        }
    }

    /** Signs an account out everywhere (its password changed, or it was removed). */
    public void closeAll(String email) {
        if (byHash.values().removeIf(live -> live.email().equals(email))) {
            save();
        }
    }

    /** Whether a form's token is this session's, compared in constant time. */
    public static boolean csrfMatches(Session session, String sent) {
        return sent != null && MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }

    /** Takes the snapshot and writes it under one lock, so that an older snapshot never overwrites a newer one. */
    private synchronized void save() {
        file.save(byHash.entrySet().stream().map(e -> e.getValue().stored(e.getKey())).toList());
    }

    private boolean isExpired(Instant lastSeen, Instant now) {
        return lastSeen.plus(idle).isBefore(now);
    }

    private static Session session(String id, String email, Instant lastSeen) {
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256("csrf:" + id));
        return new Session(id, email, csrf, lastSeen);
    }

    private static String hash(String id) {
        return HexFormat.of().formatHex(sha256("session:" + id));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
