package fr.hautsdeseine.catalog.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CLI import (parse, split into records, validate every record, then one transaction)
 * beside Jena's TDB2 bulk loader on the same file, each in its own JVM, alternating. Each run is a new
 * JVM, so there is no warm-up beyond the disk cache the generator has just filled; two runs at 1,000
 * datasets, one at 10,000 and more (minutes each on a shared machine). The last import's store is the one the servers then use.
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
        // Each run is minutes at 10,000 datasets on a shared machine: fewer runs there, to stay in budget.
        int runs = runs(bench);
        for (int run = 1; run <= runs; run++) {
            Files2.delete(bench.store);
            List<String> importCommand = new ArrayList<>(importHeap(bench.datasets));
            importCommand.addAll(List.of("-jar", bench.paths.jar().toString(), "import", bench.catalogFile.toString()));
            double imported = bench.runJava(importCommand, bench.catalogEnvironment(), "import-" + bench.datasets);
            Files2.delete(raw);
            double loaded = bench.runJava(List.of("-cp", bench.paths.jar() + ":" + bench.paths.testClasses(),
                    RawBulkLoad.class.getName(), raw.toString(), bench.catalogFile.toString()), java.util.Map.of(),
                    "raw-load-" + bench.datasets);
            imports.add(imported);
            loads.add(loaded);
        }
        double importPeakMb = bench.peakRssMb("import-" + bench.datasets);
        double loadPeakMb = bench.peakRssMb("raw-load-" + bench.datasets);
        Files2.delete(raw);
        double importSeconds = Stats.median(imports);
        double loadSeconds = Stats.median(loads);
        int n = bench.datasets;
        return List.of(
                Figure.of(n, "import with validation (CLI): triples/s", Stats.round(bench.triples / importSeconds, 0), "triples/s")
                        .withNote(String.format(java.util.Locale.ROOT, "%,d triples in %.1f s, JVM start included; median of %d runs",
                                bench.triples, importSeconds, runs)),
                Figure.of(n, "import (CLI): datasets/s", Stats.round(n / importSeconds, 0), "datasets/s"),
                Figure.of(n, "TDB2 phased bulk loader: triples/s", Stats.round(bench.triples / loadSeconds, 0), "triples/s")
                        .withNote(String.format(java.util.Locale.ROOT, "%.1f s, JVM start included", loadSeconds)),
                Figure.of(n, "import ÷ bulk loader speed", Stats.round(loadSeconds / importSeconds, 2), "ratio")
                        .atLeast(0.6, "≥ 0.6"),
                Figure.of(n, "import (CLI): peak RSS", Stats.round(importPeakMb, 0), "MB")
                        .withNote(String.format(java.util.Locale.ROOT, "bulk loader %.0f MB; default JVM heap settings", loadPeakMb)));
    }

    /**
     * The heap the import is given: the default (a quarter of memory) up to 30,000 datasets; beyond, about 125 KB
     * a dataset, as an import holds every record of its file in memory until they are stored together.
     */
    static List<String> importHeap(int datasets) {
        return datasets > 30_000 ? List.of("-Xmx" + datasets / 8 + "m") : List.of();
    }

    static int runs(Workbench bench) {
        return bench.datasets >= 10_000 ? 1 : Math.min(2, bench.settings.runs());
    }
}
