package fr.hautsdeseine.catalog.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.ingest.RdfReader;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.ingest.RecordSplitter;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.vocab.Vocabularies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality service on a real store: the weekly score, and the measurements a restart finds current. */
class QualityServiceTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080");
    private static final String PUBLISHER = "https://example.org/publishers/cd92";
    private static final LocalDate FIRST_MONDAY = LocalDate.parse("2026-11-02");
    private static final LocalDate SECOND_MONDAY = LocalDate.parse("2026-11-09");
    private static QualityLists lists;

    @TempDir
    Path dir;
    private final HandClock clock = new HandClock();

    @BeforeAll
    static void loadLists() {
        lists = QualityLists.from(Vocabularies.loadAll());
    }

    @Test
    void the_score_over_time_keeps_each_weeks_last_mean_for_the_catalog_and_its_publishers_across_a_restart() {
        String colleges = TestCatalog.resource("/records/one-dataset.ttl");
        String withoutKeywords = colleges.replace("dcat:keyword \"collège\"@fr, \"éducation\"@fr ;", "");
        try (CatalogStore store = CatalogStore.open(dir.resolve("store"), IRIS)) {
            clock.set("2026-11-02T09:00:00Z");
            store.putAll(records(colleges), "test");
            QualityService quality = started(store);
            // No access rights (15), no rights statement (5), the Licence Ouverte (10), links never checked (80).
            assertThat(quality.weeks()).containsExactly(entry(FIRST_MONDAY, 295.0));

            clock.set("2026-11-06T17:00:00Z");
            store.putAll(records(withoutKeywords), "test");
            clock.set("2026-11-10T08:00:00Z");
            store.putAll(records(colleges), "test");

            // The week's last mean stands for the week: 265 on Friday replaced 295 on Monday.
            Map<LocalDate, Double> expected = Map.of(FIRST_MONDAY, 265.0, SECOND_MONDAY, 295.0);
            assertThat(quality.weeks()).isEqualTo(expected);
            assertThat(quality.weeks(PUBLISHER)).isEqualTo(quality.weeks());
            var stored = QualityMeasurements.weeks(store.graph(IRIS.qualitySummaryGraph()).orElseThrow());
            assertThat(stored).containsOnlyKeys(IRIS.catalog().getURI(), PUBLISHER);
            assertThat(stored.get(IRIS.catalog().getURI())).isEqualTo(expected);
        }

        try (CatalogStore store = CatalogStore.open(dir.resolve("store"), IRIS)) {
            clock.set("2026-11-17T08:00:00Z");
            QualityService again = started(store);

            assertThat(again.weeks()).containsExactly(entry(FIRST_MONDAY, 265.0), entry(SECOND_MONDAY, 295.0),
                    entry(LocalDate.parse("2026-11-16"), 295.0));
            assertThat(again.weeks(PUBLISHER)).hasSize(3);
        }
    }

    @Test
    void a_restart_leaves_current_measurements_alone_and_writes_missing_ones() {
        try (CatalogStore store = CatalogStore.open(dir.resolve("store"), IRIS)) {
            store.putAll(records(TestCatalog.resource("/records/one-dataset.ttl")), "test");
            started(store);
            clock.set("2026-11-20T08:00:00Z");

            QualityService again = started(store);

            assertThat(again.score("colleges").orElseThrow().total()).isEqualTo(295);
            assertThat(measuredAt(store)).isEqualTo("2026-11-02T09:00:00Z");

            store.replaceDerivedGraphs(Map.of(IRIS.qualityGraph("colleges"), GraphFactory.createDefaultGraph()));
            started(store);

            assertThat(measuredAt(store)).isEqualTo("2026-11-20T08:00:00Z");
        }
    }

    /** A service following the store's writes, once it has scored what the store held. */
    private QualityService started(CatalogStore store) {
        QualityService quality = new QualityService(store, lists, LinkRegistry.load(store), clock).start();
        quality.measurementsWritten().join();
        return quality;
    }

    /** When the record's total was measured, as stored. */
    private static String measuredAt(CatalogStore store) {
        return store.read(dsg -> {
            var found = dsg.find(IRIS.qualityGraph("colleges"),
                    NodeFactory.createURI("http://localhost:8080/datasets/colleges/quality#scoring"),
                    NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime"), Node.ANY);
            return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : "";
        });
    }

    private static List<DatasetRecord> records(String turtle) {
        return new RecordSplitter(IRIS).split(new RdfReader().read(turtle.getBytes(StandardCharsets.UTF_8),
                RdfSyntax.TURTLE, IRIS.documentBase()));
    }

    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-02T09:00:00Z");

        void set(String instant) {
            now = Instant.parse(instant);
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
}
