package fr.hautsdeseine.catalog.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CLI import (parse, split into records, validate once validation exists, one transaction)
 * beside Jena's TDB2 bulk loader on the same file, each in its own JVM, alternating. Each run is a new
 * JVM, so a warm-up only warms the disk cache: one is made at the smallest size, none at larger ones
 * (whose file the generator has just written). The last import's store is the one the servers then use.
 */
final class ImportThroughput implements Measurement {

    @Override
    public String title() {
        return "import";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        Path raw = bench.paths.work().resolve("raw-" + bench.datasets);
        List<Double> imports = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        int warmUps = bench.datasets <= BenchMain.SMALLEST ? 1 : 0;
        for (int run = 1 - warmUps; run <= bench.settings.runs(); run++) {
            Files2.delete(bench.store);
            double imported = bench.runJava(List.of("-jar", bench.paths.jar().toString(), "import",
                    bench.catalogFile.toString()), bench.catalogEnvironment(), "import-" + bench.datasets);
            Files2.delete(raw);
            double loaded = bench.runJava(List.of("-cp", bench.paths.jar() + ":" + bench.paths.testClasses(),
                    RawBulkLoad.class.getName(), raw.toString(), bench.catalogFile.toString()), java.util.Map.of(),
                    "raw-load-" + bench.datasets);
            if (run > 0) {
                imports.add(imported);
                loads.add(loaded);
            }
        }
        Files2.delete(raw);
        double importSeconds = Stats.median(imports);
        double loadSeconds = Stats.median(loads);
        int n = bench.datasets;
        return List.of(
                Figure.of(n, "import (CLI, as it is now): triples/s", Stats.round(bench.triples / importSeconds, 0), "triples/s")
                        .withNote(String.format(java.util.Locale.ROOT, "%,d triples in %.1f s, JVM start included", bench.triples, importSeconds)),
                Figure.of(n, "import (CLI): datasets/s", Stats.round(n / importSeconds, 0), "datasets/s"),
                Figure.of(n, "TDB2 phased bulk loader: triples/s", Stats.round(bench.triples / loadSeconds, 0), "triples/s")
                        .withNote(String.format(java.util.Locale.ROOT, "%.1f s, JVM start included", loadSeconds)),
                Figure.of(n, "import ÷ bulk loader speed", Stats.round(loadSeconds / importSeconds, 2), "ratio")
                        .atLeast(0.5, "≥ 0.5"));
    }
}
