package fr.hautsdeseine.catalog.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Start-up on the imported store: time from launch until {@code /health} answers 200. The first start
 * after the import adds the catalog description and vocabularies and opens the index the import brought up
 * to date (reported apart); after it the store is copied for Fuseki. The starts after it are the
 * start-up on an existing store; the last stays up for the HTTP measurements.
 */
final class ServerStartup implements Measurement {

    @Override
    public String title() {
        return "start-up";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        List<Double> seconds = new ArrayList<>();
        double firstStart = 0;
        for (int run = 0; run <= bench.settings.runs(); run++) {
            ServerProcess server = ServerProcess.start(List.of("-jar", bench.paths.jar().toString(), "serve"),
                    bench.catalogEnvironment(), bench.uri("/health"), bench.paths.work(), "catalog-" + bench.datasets);
            if (run == 0) {
                firstStart = server.startSeconds();
                server.stop();
                Files2.copy(bench.store, SparqlVersusFuseki.storeCopy(bench));
                // The copy is gigabytes at 100,000 datasets: flush it now, not under the timed start-ups and loads.
                new ProcessBuilder("sync").inheritIO().start().waitFor();
                continue;
            }
            seconds.add(server.startSeconds());
            if (run < bench.settings.runs()) {
                server.stop();
            } else {
                bench.server = server;
            }
        }
        Figure first = Figure.of(bench.datasets, "first start after the import, until /health is 200", Stats.round(firstStart, 2), "s")
                .withNote("the import brought the index up to its last change log entry: nothing to rebuild");
        String note = "existing store and indexes; median of " + seconds.size() + " starts";
        Figure startup = Figure.of(bench.datasets, "start-up until /health is 200", Stats.round(Stats.median(seconds), 2), "s");
        return List.of(first, bench.datasets >= 100_000 ? startup.below(5, "< 5 s").withNote(note)
                : startup.withNote(note + "; the target (< 5 s) is at 100,000"));
    }
}
