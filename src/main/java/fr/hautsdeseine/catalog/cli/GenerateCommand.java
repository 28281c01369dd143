package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.generate.CatalogGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", description = "Write a synthetic DCAT-AP 3 catalog shaped like the demo one (for benchmarks):"
        + " the same count and seed always give the same file.")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--datasets", required = true, description = "number of datasets")
    int datasets;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default 1)")
    long seed;

    @Option(names = "--out", required = true, description = "output file: N-Triples if it ends in .nt, else Turtle")
    Path out;

    @Option(names = "--base", defaultValue = "http://localhost:8080",
            description = "base of the absolute IRIs of datasets and publishers; import and serve with the same"
                    + " CATALOG_BASE_URL (default http://localhost:8080)")
    String base;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (datasets < 0) {
            throw new ParameterException(spec.commandLine(), "--datasets must be 0 or more, got " + datasets);
        }
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new ParameterException(spec.commandLine(), "--base must be an http(s) URL, got '" + base + "'");
        }
        new CatalogGenerator(seed, base).write(datasets, out);
        spec.commandLine().getOut().printf("%d datasets written to %s%n", datasets, out);
        return 0;
    }
}
