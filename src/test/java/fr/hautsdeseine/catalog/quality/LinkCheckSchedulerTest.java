package fr.hautsdeseine.catalog.quality;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.LoopbackFiles;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.audit.AuditEntry;
import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.config.LinkCheckConfig;
import fr.hautsdeseine.catalog.ingest.RdfReader;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.ingest.RecordSplitter;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.vocab.Vocabularies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks on demand on a real store, against a file server on loopback that answers only when the test lets it. */
class LinkCheckSchedulerTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080");

    @TempDir
    Path dir;
    private LoopbackFiles files;

    @BeforeEach
    void serveFiles() {
        files = LoopbackFiles.serving("/files/colleges.csv");
        files.hold();
    }

    @AfterEach
    void stopFiles() {
        files.close();
    }

    @Test
    void a_run_asked_for_is_running_at_once_and_a_second_asked_for_meanwhile_is_refused_not_queued() throws Exception {
        try (CatalogStore store = CatalogStore.open(dir.resolve("store"), IRIS)) {
            store.putAll(new RecordSplitter(IRIS).split(new RdfReader().read(record().getBytes(StandardCharsets.UTF_8),
                    RdfSyntax.TURTLE, IRIS.documentBase())), "test");
            QualityService quality = new QualityService(store, QualityLists.from(Vocabularies.loadAll()),
                    LinkRegistry.load(store), Clock.systemUTC()).start();
            LinkCheckConfig config = LinkCheckConfig.from(Map.of("CATALOG_LINK_CHECK_INTERVAL_HOURS", "0"));
            AuditLog audit = AuditLog.in(dir, Clock.systemUTC());
            try (LinkCheckScheduler scheduler = new LinkCheckScheduler(quality,
                    new LinkChecker(config, host -> true, Clock.systemUTC()), audit).start(config)) {
                assertThat(quality.linkCheckSummary()).isEqualTo(new LinkCheckSummary(2, 0, 0, List.of(),
                        Optional.empty()));

                boolean first = scheduler.runNow("admin", "test");
                boolean runningAtOnce = scheduler.isRunning();
                boolean second = scheduler.runNow("someone-else", "test");
                files.release();
                awaitEnd(scheduler);

                assertThat(first).isTrue();
                assertThat(runningAtOnce).isTrue();
                assertThat(second).isFalse();
                // Who asked for the run that started; the refused one left no entry.
                assertThat(audit.query(Optional.empty(), Optional.empty(), 10))
                        .extracting(AuditEntry::who, AuditEntry::action, AuditEntry::detail)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("admin", "link check started", "test"));
                assertThat(files.requests()).containsExactlyInAnyOrder("HEAD /files/colleges.csv", "HEAD /files/missing.csv");
                LinkCheckSummary summary = quality.linkCheckSummary();
                assertThat(summary.urls()).isEqualTo(2);
                assertThat(summary.checked()).isEqualTo(2);
                assertThat(summary.neverChecked()).isZero();
                assertThat(summary.unreachable()).isEqualTo(1);
                assertThat(summary.failures()).containsExactly(new LinkCheckSummary.Failures(LinkOutcome.HTTP_ERROR, 404, 1));
                // The newer of the two URLs' checks.
                assertThat(summary.lastChecked()).isEqualTo(List.of("colleges.csv", "missing.csv").stream()
                        .map(file -> quality.links().last(files.base() + "/files/" + file).orElseThrow().checkedAt())
                        .max(Comparator.naturalOrder()));
            }
            quality.close();
        }
    }

    /** The demo-like record, its access URL on the file server and its download URL missing there. */
    private String record() {
        return files.oneFoundOneMissing(TestCatalog.resource("/records/one-dataset.ttl"));
    }

    private static void awaitEnd(LinkCheckScheduler scheduler) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (scheduler.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(scheduler.isRunning()).as("the check ended within 30 s").isFalse();
    }
}
