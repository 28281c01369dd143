package fr.hautsdeseine.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.config.HarvestConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarvestSchedulerTest {
    @TempDir
    Path dir;

    @Test
    void a_source_runs_when_its_interval_has_passed_and_not_before() {
        try (PartnerServer partner = new PartnerServer(); HarvestFixture harvest = new HarvestFixture(dir)) {
            PartnerCatalogs.legacyPages(partner);
            harvest.service.add(new HarvestSource("legacy", HarvestSource.parseUrl(partner.url("/legacy.jsonld?page=1")),
                    SourceType.DCAT, Optional.of(Duration.ofHours(1))));
            harvest.service.add(new HarvestSource("manual", HarvestSource.parseUrl(partner.url("/none")),
                    SourceType.DCAT, Optional.empty()));
            Instant now = Instant.now();

            new HarvestScheduler(harvest.service, Clock.fixed(now, ZoneOffset.UTC)).runDue();
            new HarvestScheduler(harvest.service, Clock.fixed(now.plusSeconds(1800), ZoneOffset.UTC)).runDue();
            assertThat(harvest.service.reports("legacy", 10)).hasSize(1);
            new HarvestScheduler(harvest.service, Clock.fixed(now.plusSeconds(3700), ZoneOffset.UTC)).runDue();

            assertThat(harvest.service.reports("legacy", 10)).hasSize(2);
            assertThat(harvest.service.reports("manual", 10)).isEmpty();
            assertThat(harvest.store.recordIds()).containsExactly("1", "2", "3", "4");
        }
    }

    @Test
    void the_server_schedule_harvests_on_its_own() throws Exception {
        try (PartnerServer partner = new PartnerServer(); HarvestFixture harvest = new HarvestFixture(dir);
             HarvestScheduler scheduler = new HarvestScheduler(harvest.service, Clock.systemUTC())) {
            PartnerCatalogs.legacyPages(partner);
            harvest.service.add(new HarvestSource("legacy", HarvestSource.parseUrl(partner.url("/legacy.jsonld?page=1")),
                    SourceType.DCAT, Optional.of(Duration.ofHours(1))));

            scheduler.start(Duration.ofMillis(50));
            long deadline = System.currentTimeMillis() + 10_000;
            while (harvest.service.latestReport("legacy").isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }

            assertThat(harvest.service.latestReport("legacy")).hasValueSatisfying(r -> assertThat(r.complete()).isTrue());
        }
    }

    @Test
    void stopping_the_schedule_ends_a_run_waiting_on_a_partner_and_the_store_stays_whole() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // A read limit far longer than the test: only the stop can end the wait for page 2.
        HarvestConfig patient = HarvestFixture.LIMITS.withTimeouts(Duration.ofSeconds(2), Duration.ofMinutes(5));
        try (PartnerServer partner = new PartnerServer()) {
            PartnerCatalogs.legacyPages(partner);
            try (HarvestFixture harvest = new HarvestFixture(dir, patient)) {
                partner.on("/legacy.jsonld?page=2", exchange -> {
                    asked.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                harvest.service.add(new HarvestSource("legacy", HarvestSource.parseUrl(partner.url("/legacy.jsonld?page=1")),
                        SourceType.DCAT, Optional.of(Duration.ofHours(1))));
                HarvestScheduler scheduler = new HarvestScheduler(harvest.service, Clock.systemUTC());
                scheduler.start(Duration.ofMillis(50));
                assertThat(asked.await(30, TimeUnit.SECONDS)).isTrue();

                try {
                    scheduler.close();
                } finally {
                    release.countDown();
                }

                assertThat(harvest.service.latestReport("legacy")).hasValueSatisfying(report -> {
                    assertThat(report.status()).isEqualTo("failed");
                    assertThat(report.errors()).anyMatch(error -> error.contains("the server is stopping"));
                });
                assertThat(harvest.store.recordIds()).isEmpty();
            }

            // The store closed cleanly (one a thread was interrupted in would not) and takes the next run whole.
            PartnerCatalogs.legacyPages(partner);
            try (HarvestFixture again = new HarvestFixture(dir)) {
                assertThat(again.run("legacy").complete()).isTrue();
                assertThat(again.store.recordIds()).containsExactly("1", "2", "3", "4");
            }
        }
    }
}
