package fr.hautsdeseine.catalog.bench;

import fr.hautsdeseine.catalog.generate.CatalogGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;

/**
 * Runs the benchmark suite: for each catalog size, generate, import, start the server and measure
 * every hot path, then write target/bench/results.json and docs/benchmarks.md. Run by {@code bench/run}.
 * Usage: {@code BenchMain quick|full ROOT FUSEKI_JAR [SIZES]} (SIZES, comma-separated, only to try a change).
 * {@code BENCH_ONLY} (titles, comma-separated, e.g. {@code import,start-up,catalog paging,API write}) runs only
 * those measurements, to try a change; the import and start-up come first whatever it says, as the others need them.
 */
public final class BenchMain {
    static final int SMALLEST = 1_000;
    static final long SEED = 1;
    /** In order: import leaves the store, start-up leaves the server running, footprint stops it. */
    private static final List<Measurement> MEASUREMENTS = List.of(new ImportThroughput(), new ValidationSpeed(),
            new QualityScoring(), new ServerStartup(), new CatalogPaging(), new HarvestDoors(), new DatasetPages(), new FacetedSearch(),
            new SparqlVersusFuseki(), new ApiWrite(), new Footprint());

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path root = Path.of(args[1]).toAbsolutePath();
        Workbench.Settings settings = Workbench.Settings.of(mode);
        Workbench.Paths paths = new Workbench.Paths(root.resolve("target/bench/catalog-under-test.jar"), root.resolve("target/test-classes"),
                Path.of(args[2]).toAbsolutePath(), root.resolve("target/bench"));
        Files.createDirectories(paths.work());
        Machine machine = Machine.current("bench/run " + mode);
        List<Integer> sizes = args.length > 3 ? java.util.Arrays.stream(args[3].split(",")).map(Integer::valueOf).toList()
                : "full".equals(mode) ? List.of(SMALLEST, 10_000, 100_000) : List.of(SMALLEST, 10_000);

        List<Figure> figures = new ArrayList<>();
        for (int datasets : sizes) {
            Workbench bench = prepare(settings, paths, datasets);
            try {
                for (Measurement measurement : selected()) {
                    figures.addAll(run(measurement, bench));
                }
            } finally {
                if (bench.server != null) {
                    bench.server.close();
                }
                if (bench.fuseki != null) {
                    bench.fuseki.close();
                }
            }
        }
        // bench/run notes when it began, so that the build is counted in the run's time.
        long began = Long.parseLong(System.getenv().getOrDefault("BENCH_STARTED", Long.toString(System.currentTimeMillis() / 1000)));
        long minutes = Math.round((System.currentTimeMillis() / 1000.0 - began) / 60);
        System.out.printf(Locale.ROOT, "Run took %d minutes%n", minutes);
        ReportWriter report = new ReportWriter(minutes);
        report.json(paths.work().resolve("results.json"), machine, settings, figures);
        report.markdown(root.resolve("docs/benchmarks.md"), machine, settings, figures);
        System.out.println("Wrote target/bench/results.json and docs/benchmarks.md");
    }

    private static List<Measurement> selected() {
        String only = System.getenv().getOrDefault("BENCH_ONLY", "");
        if (only.isBlank()) {
            return MEASUREMENTS;
        }
        List<String> titles = java.util.Arrays.stream(only.split(",")).map(String::strip).toList();
        return MEASUREMENTS.stream().filter(m -> titles.contains(m.title()) || m instanceof ImportThroughput
                || m instanceof ServerStartup || m instanceof Footprint).toList();
    }

    private static Workbench prepare(Workbench.Settings settings, Workbench.Paths paths, int datasets) throws Exception {
        int port = Ports.free();
        String base = "http://localhost:" + port;
        Path catalog = paths.work().resolve("catalog-" + datasets + ".ttl");
        System.out.printf(Locale.ROOT, "== %,d datasets (port %d)%n", datasets, port);
        new CatalogGenerator(SEED, base).write(datasets, catalog);
        AtomicLong triples = new AtomicLong();
        RDFParser.source(catalog).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                triples.incrementAndGet();
            }
        });
        return new Workbench(settings, paths, datasets, catalog, triples.get(),
                new CatalogGenerator(SEED, base).identifiers(datasets), port);
    }

    /** A measurement that fails is reported as failed, with its reason, and the run goes on. */
    private static List<Figure> run(Measurement measurement, Workbench bench) {
        long started = System.nanoTime();
        System.out.printf(Locale.ROOT, "-- %s ...%n", measurement.title());
        List<Figure> figures;
        try {
            figures = measurement.measure(bench);
        } catch (Exception e) {
            figures = List.of(new Figure(bench.datasets, measurement.title(), null, "", "", "failed", String.valueOf(e.getMessage())));
        }
        for (Figure figure : figures) {
            System.out.printf(Locale.ROOT, "   %-55s %14s %-10s %s %s%n", figure.measure(),
                    figure.value() == null ? "-" : String.format(Locale.ROOT, "%.2f", figure.value()), figure.unit(),
                    figure.verdict(), figure.note());
        }
        System.out.printf(Locale.ROOT, "   (%.0f s)%n", (System.nanoTime() - started) / 1e9);
        return figures;
    }
}
