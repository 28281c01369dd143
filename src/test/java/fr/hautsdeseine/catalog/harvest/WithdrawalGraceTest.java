package fr.hautsdeseine.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record its partner stops listing is withdrawn only after the grace period, unless it reappears first. */
class WithdrawalGraceTest {
    private static final Instant DAY_0 = Instant.parse("2026-03-02T02:00:00Z");

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock(DAY_0);
    private PartnerServer partner;
    private HarvestFixture harvest;

    @BeforeEach
    void start() {
        partner = new PartnerServer();
        harvest = new HarvestFixture(dir, HarvestFixture.LIMITS.withWithdrawalGrace(Duration.ofDays(7)), clock);
        list("parcs", "bancs");
        harvest.add("ville", partner.url("/catalog.ttl"), SourceType.DCAT);
    }

    @AfterEach
    void stop() {
        harvest.close();
        partner.close();
    }

    @Test
    void a_record_no_longer_listed_is_pending_for_seven_days_then_withdrawn() {
        list("parcs");

        HarvestReport gone = harvest.run("ville");
        clock.at(DAY_0.plus(Duration.ofDays(6)));
        HarvestReport still = harvest.run("ville");
        clock.at(DAY_0.plus(Duration.ofDays(7)));
        HarvestReport due = harvest.run("ville");

        HarvestReport.PendingWithdrawal pending = new HarvestReport.PendingWithdrawal("bancs", DAY_0.toString(),
                DAY_0.plus(Duration.ofDays(7)).toString());
        assertThat(gone.counts().withdrawn()).isZero();
        assertThat(gone.pendingWithdrawal()).containsExactly(pending);
        assertThat(still.pendingWithdrawal()).containsExactly(pending);
        assertThat(still.counts().withdrawn()).isZero();
        assertThat(due.counts().withdrawn()).isEqualTo(1);
        assertThat(due.pendingWithdrawal()).isEmpty();
        assertThat(harvest.store.recordIds()).containsExactly("parcs");
    }

    @Test
    void a_record_that_reappears_is_kept_and_its_grace_period_starts_again_when_it_goes() {
        list("parcs");
        harvest.run("ville");
        clock.at(DAY_0.plus(Duration.ofDays(5)));
        list("parcs", "bancs");

        HarvestReport back = harvest.run("ville");
        clock.at(DAY_0.plus(Duration.ofDays(6)));
        list("parcs");
        HarvestReport goneAgain = harvest.run("ville");
        clock.at(DAY_0.plus(Duration.ofDays(8)));
        HarvestReport notYet = harvest.run("ville");

        assertThat(back.pendingWithdrawal()).isEmpty();
        assertThat(back.counts().unchanged()).isEqualTo(2);
        assertThat(goneAgain.pendingWithdrawal()).singleElement()
                .satisfies(p -> assertThat(p.goneSince()).isEqualTo(DAY_0.plus(Duration.ofDays(6)).toString()));
        assertThat(notYet.counts().withdrawn()).isZero();
        assertThat(harvest.store.recordIds()).containsExactlyInAnyOrder("parcs", "bancs");
    }

    private void list(String... ids) {
        StringBuilder ttl = new StringBuilder("@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .\n");
        for (String id : ids) {
            ttl.append("<https://ville.example/d/").append(id).append("> a dcat:Dataset ; dct:identifier \"").append(id)
                    .append("\" ; dct:title \"").append(id).append("\"@fr ; dct:description \"Les ").append(id).append(".\"@fr .\n");
        }
        partner.on("/catalog.ttl", PartnerServer.body(200, "text/turtle", ttl.toString()));
    }

    /** A clock the test moves by hand, so that days pass without waiting. */
    private static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void at(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
