package fr.hautsdeseine.catalog.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Start-up on the imported store: time from launch until {@code /health} answers 200. The first
 * start (which adds the catalog description and vocabularies) is a warm-up; after it the store is
 * copied for Fuseki. The last start stays up for the HTTP measurements.
 */
final class ServerStartup implements Measurement {

    @Override
    public String title() {
        return "start-up";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int run = 0; run <= bench.settings.runs(); run++) {
            ServerProcess server = ServerProcess.start(List.of("-jar", bench.paths.jar().toString(), "serve"),
                    bench.catalogEnvironment(), bench.uri("/health"), bench.paths.work(), "catalog-" + bench.datasets);
            if (run == 0) {
                server.stop();
                Files2.copy(bench.store, SparqlVersusFuseki.storeCopy(bench));
                continue;
            }
            seconds.add(server.startSeconds());
            if (run < bench.settings.runs()) {
                server.stop();
            } else {
                bench.server = server;
            }
        }
        Figure startup = Figure.of(bench.datasets, "start-up until /health is 200", Stats.round(Stats.median(seconds), 2), "s");
        return List.of(bench.datasets >= 100_000 ? startup.below(5, "< 5 s") : startup.withNote("target (< 5 s) is at 100,000"));
    }
}
