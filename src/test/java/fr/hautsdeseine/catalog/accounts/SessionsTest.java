package fr.hautsdeseine.catalog.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionsTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final Sessions sessions = new Sessions(clock, Duration.ofMinutes(30));

    @Test
    void a_session_used_within_the_idle_limit_lives_on() {
        Session session = sessions.open("a@example.org");

        clock.advance(Duration.ofMinutes(25));
        boolean found = sessions.find(session.id()).isPresent();
        clock.advance(Duration.ofMinutes(25));

        assertThat(found).isTrue();
        assertThat(sessions.find(session.id())).isPresent();
    }

    @Test
    void a_session_left_idle_longer_than_the_limit_ends() {
        Session session = sessions.open("a@example.org");

        clock.advance(Duration.ofMinutes(31));

        assertThat(sessions.find(session.id())).isEmpty();
    }

    @Test
    void the_csrf_token_is_the_session_own_and_nothing_else() {
        Session one = sessions.open("a@example.org");
        Session two = sessions.open("a@example.org");

        assertThat(Sessions.csrfMatches(one, one.csrf())).isTrue();
        assertThat(Sessions.csrfMatches(one, two.csrf())).isFalse();
        assertThat(Sessions.csrfMatches(one, null)).isFalse();
        assertThat(Sessions.csrfMatches(one, "")).isFalse();
    }

    @Test
    void the_lockout_lifts_after_its_time() {
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            throttle.failed("a@example.org");
        }
        boolean lockedNow = throttle.lockedUntil("A@example.org").isPresent();

        clock.advance(SignInThrottle.LOCKOUT.plusSeconds(1));

        assertThat(lockedNow).isTrue();
        assertThat(throttle.lockedUntil("a@example.org")).isEmpty();
    }

    @Test
    void a_password_hash_verifies_its_password_only() {
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash("correct horse battery");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.verify("correct horse battery", hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
        assertThat(hasher.verify("correct horse battery", "$2a$10$not-argon")).isFalse();
    }
}
