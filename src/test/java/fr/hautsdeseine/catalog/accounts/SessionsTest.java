package fr.hautsdeseine.catalog.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    Path dir;

    private final HandClock clock = new HandClock();
    private Sessions sessions;

    @BeforeEach
    void open() {
        sessions = restarted();
    }

    /** A new set of sessions over the same file, as a restarted server has. */
    private Sessions restarted() {
        return new Sessions(clock, Duration.ofMinutes(30), SessionFile.in(dir));
    }

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
    void a_session_outlives_a_restart_with_its_csrf_token() {
        Session session = sessions.open("a@example.org");

        clock.advance(Duration.ofMinutes(10));
        Optional<Session> afterRestart = restarted().find(session.id());

        assertThat(afterRestart).map(Session::email).hasValue("a@example.org");
        assertThat(afterRestart).map(Session::csrf).hasValue(session.csrf());
    }

    @Test
    void the_idle_limit_still_holds_across_a_restart() {
        Session session = sessions.open("a@example.org");
        clock.advance(Duration.ofMinutes(20));
        sessions.find(session.id());

        clock.advance(Duration.ofMinutes(29));
        boolean aliveAfter49 = restarted().find(session.id()).isPresent();
        clock.advance(Duration.ofMinutes(31));

        assertThat(aliveAfter49).as("the use at minute 20 was kept").isTrue();
        assertThat(restarted().find(session.id())).isEmpty();
    }

    @Test
    void closed_sessions_stay_closed_after_a_restart() {
        Session one = sessions.open("a@example.org");
        Session two = sessions.open("b@example.org");
        Session three = sessions.open("b@example.org");

        sessions.close(one.id());
        sessions.closeAll("b@example.org");
        Sessions after = restarted();

        assertThat(after.find(one.id())).isEmpty();
        assertThat(after.find(two.id())).isEmpty();
        assertThat(after.find(three.id())).isEmpty();
    }

    @Test
    void the_file_holds_neither_a_session_id_nor_its_csrf_token_and_only_its_owner_reads_it() throws Exception {
        Session session = sessions.open("a@example.org");

        String kept = Files.readString(dir.resolve("sessions.json"));

        assertThat(kept).contains("a@example.org").doesNotContain(session.id()).doesNotContain(session.csrf());
        assertThat(Files.getPosixFilePermissions(dir.resolve("sessions.json")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void an_unreadable_file_signs_everyone_out_instead_of_stopping_the_server() throws Exception {
        Session session = sessions.open("a@example.org");
        Files.writeString(dir.resolve("sessions.json"), "[{\"idHash\": 12");

        assertThat(restarted().find(session.id())).isEmpty();
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
