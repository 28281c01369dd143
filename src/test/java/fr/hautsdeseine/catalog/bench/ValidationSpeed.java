package fr.hautsdeseine.catalog.bench;

import java.util.ArrayList;
import java.util.List;

/** Validation alone through the CLI's {@code validate FILE}, once that command exists. */
final class ValidationSpeed implements Measurement {

    @Override
    public String title() {
        return "validation";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        String jar = bench.paths.jar().toString();
        // An unknown subcommand followed by --help still prints the main help: look for the command's own usage line.
        if (!bench.output(List.of("-jar", jar, "validate", "--help")).contains("Usage: catalog validate")) {
            return List.of(Figure.notAvailable(bench.datasets, "validation alone: ms per record", "no `validate` command"));
        }
        List<Double> seconds = new ArrayList<>();
        int warmUps = bench.datasets <= BenchMain.SMALLEST ? 1 : 0;
        for (int run = 1 - warmUps; run <= bench.settings.runs(); run++) {
            double elapsed = bench.runJava(List.of("-jar", jar, "validate", bench.catalogFile.toString()),
                    bench.catalogEnvironment(), "validate-" + bench.datasets);
            if (run > 0) {
                seconds.add(elapsed);
            }
        }
        return List.of(Figure.of(bench.datasets, "validation alone: ms per record",
                Stats.round(Stats.median(seconds) * 1000 / bench.datasets, 3), "ms").withNote("JVM start included"));
    }
}
