package fr.hautsdeseine.catalog.bench;

import fr.hautsdeseine.catalog.generate.CatalogGenerator;
import fr.hautsdeseine.catalog.ingest.RdfReader;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.ingest.RecordSplitter;
import fr.hautsdeseine.catalog.quality.QualityLists;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.validation.Profile;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import fr.hautsdeseine.catalog.vocab.Vocabularies;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Scoring the whole catalog of N generated datasets (default 10,000), without link checks, beside validating
 * it: validation of every record as the import does it, then a first scoring that writes every record's
 * DQV graph, then a rescoring at start-up that finds them current. Not a test: run it by hand (see
 * docs/benchmarks.md).
 */
public final class QualityTimings {
    private QualityTimings() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("quality-timings");
        String base = "http://localhost:8080";
        CatalogIris iris = new CatalogIris(base);
        Path file = dir.resolve("catalog.ttl");
        new CatalogGenerator(BenchMain.SEED, base).write(size, file);
        List<DatasetRecord> records = new RecordSplitter(iris).split(
                new RdfReader().read(Files.readAllBytes(file), RdfSyntax.TURTLE, iris.documentBase()));

        var vocabularies = Vocabularies.loadAll();
        RecordValidator validator = RecordValidator.standard(vocabularies);
        long started = System.nanoTime();
        long cpu = cpuNanos();
        long violations = validator.validateAll(records, Profile.PORTAL).stream().filter(r -> !r.conforms()).count();
        System.out.printf("validation alone: %d records in %.1f s, %.1f s of CPU (%d with violations)%n", records.size(),
                seconds(started), cpuSeconds(cpu), violations);

        try (CatalogStore store = CatalogStore.open(dir.resolve("store"), iris)) {
            store.putAll(records, "bench");
            QualityLists lists = QualityLists.from(vocabularies);
            report("first scoring (writes every DQV graph)", QualityScoring.time(store, lists));
            report("scoring at a restart (measurements current, nothing rewritten)", QualityScoring.time(store, lists));
        } finally {
            Files2.delete(dir);   // gigabytes at 10,000 datasets: never left behind in the temporary directory
        }
    }

    private static void report(String what, QualityScoring.Timing timing) {
        System.out.printf("%s: %d records scored in %.1f s (%.1f s of CPU), catalog mean %.1f; measurements stored"
                + " after %.1f s (%.1f s of CPU)%n", what, timing.records(), timing.scored(), timing.scoredCpu(),
                timing.meanPoints(), timing.stored(), timing.storedCpu());
    }

    /** CPU time of the whole process: on a shared machine, wall time says more about the neighbours. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double cpuSeconds(long startedCpu) {
        return (cpuNanos() - startedCpu) / 1e9;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
