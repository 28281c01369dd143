package fr.hautsdeseine.catalog.bench;

import fr.hautsdeseine.catalog.quality.LinkRegistry;
import fr.hautsdeseine.catalog.quality.QualityLists;
import fr.hautsdeseine.catalog.quality.QualityService;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.vocab.Vocabularies;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Scoring the whole catalog by the MQA metrics, without link checks, in this JVM on the store the CLI
 * imported (before any server has run on it): as the server does it at its first start, every record's
 * score (served from then on), then every record's DQV measurements written; then again, as at a
 * restart, when the measurements are current. Beside "validation", which validates the same records.
 */
final class QualityScoring implements Measurement {

    /** One start-up's scoring: wall and CPU seconds until every score is known, then until the measurements are stored. */
    record Timing(int records, double scored, double scoredCpu, double stored, double storedCpu, double meanPoints) {
    }

    @Override
    public String title() {
        return "quality scoring";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        QualityLists lists = QualityLists.from(Vocabularies.loadAll());
        Timing first;
        Timing again;
        try (CatalogStore store = CatalogStore.open(bench.store, new CatalogIris(bench.baseUrl()))) {
            first = time(store, lists);
            again = time(store, lists);
        }
        int n = bench.datasets;
        return List.of(
                Figure.of(n, "quality: every record scored, first start (s)", Stats.round(first.scored(), 1), "s")
                        .below(10, "under 10 s").withNote(String.format(Locale.ROOT,
                                "%.1f s of CPU; %d records, catalog mean %.1f of 405; scores are served from then on",
                                first.scoredCpu(), first.records(), first.meanPoints())),
                Figure.of(n, "quality: DQV measurements stored, first start (s)", Stats.round(first.stored(), 1), "s")
                        .withNote(String.format(Locale.ROOT, "%.1f s of CPU; some 180 quads per record, written after"
                                + " the scores are served; the server is ready then", first.storedCpu())),
                Figure.of(n, "quality: every record scored at a restart (s)", Stats.round(again.scored(), 1), "s")
                        .below(10, "under 10 s").withNote(String.format(Locale.ROOT,
                                "%.1f s of CPU; measurements current (one digest read per record), none rewritten;"
                                        + " same JVM, caches warm", again.scoredCpu())));
    }

    /** Starts a quality service on the store and times its scoring of what the store holds. */
    static Timing time(CatalogStore store, QualityLists lists) throws InterruptedException {
        long started = System.nanoTime();
        long cpu = cpuNanos();
        QualityService quality = new QualityService(store, lists, LinkRegistry.load(store), Clock.systemUTC()).start();
        while (!quality.scoresKnown()) {
            Thread.sleep(5);
        }
        double scored = seconds(started);
        double scoredCpu = seconds(cpu, cpuNanos());
        quality.measurementsWritten().join();
        Timing timing = new Timing(quality.scores().size(), scored, scoredCpu, seconds(started),
                seconds(cpu, cpuNanos()), quality.catalog().meanTotal());
        quality.close();
        return timing;
    }

    /** CPU time of the whole process: on a shared machine, wall time says more about the neighbours. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long started) {
        return seconds(started, System.nanoTime());
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
