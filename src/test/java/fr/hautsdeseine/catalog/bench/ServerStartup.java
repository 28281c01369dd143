package fr.hautsdeseine.catalog.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up on the imported store: time from launch until {@code /health} answers 200. The first start
 * after the import adds the catalog description and vocabularies and opens the index the import brought up
 * to date (reported apart); after it the store is copied for Fuseki. The starts after it are the
 * start-up on an existing store, alternately without and with a class data sharing archive made by
 * {@code class-archive} (as the systemd unit starts the server); the last stays up for the HTTP measurements,
 * which wait until it is ready.
 */
final class ServerStartup implements Measurement {
    private static final Duration READY_LIMIT = Duration.ofMinutes(60);

    @Override
    public String title() {
        return "start-up";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        Path archive = bench.paths.work().resolve("classes.jsa");
        bench.runJava(List.of("-jar", bench.paths.jar().toString(), "class-archive", archive.toString()),
                bench.catalogEnvironment(), "class-archive");
        List<Double> plain = new ArrayList<>();
        List<Double> archived = new ArrayList<>();
        double firstStart = 0;
        int starts = 1 + 2 * bench.settings.runs();
        for (int run = 0; run < starts; run++) {
            boolean withArchive = run > 0 && run % 2 == 0;
            List<String> arguments = withArchive
                    ? List.of("-XX:SharedArchiveFile=" + archive, "-jar", bench.paths.jar().toString(), "serve")
                    : List.of("-jar", bench.paths.jar().toString(), "serve");
            ServerProcess server = ServerProcess.start(arguments, bench.catalogEnvironment(), bench.uri("/health"),
                    bench.paths.work(), "catalog-" + bench.datasets);
            if (run == 0) {
                firstStart = server.startSeconds();
                server.stop();
                Files2.copy(bench.store, SparqlVersusFuseki.storeCopy(bench));
                // The copy is gigabytes at 100,000 datasets: flush it now, not under the timed start-ups and loads.
                new ProcessBuilder("sync").inheritIO().start().waitFor();
                continue;
            }
            (withArchive ? archived : plain).add(server.startSeconds());
            if (run < starts - 1) {
                server.stop();
            } else {
                bench.server = server;
            }
        }
        // The HTTP measurements after this one run on a ready server: scoring every record and storing the
        // measurements it has none of yet (the first start's were cut short) runs beside them otherwise.
        double ready = bench.server.startSeconds() + ServerProcess.secondsUntilReady(bench.uri("/health/ready"), READY_LIMIT);
        boolean judged = bench.datasets >= 100_000;
        String atScale = judged ? "" : "; the target is at 100,000";
        Figure first = Figure.of(bench.datasets, "first start after the import, until /health is 200", Stats.round(firstStart, 2), "s")
                .withNote("the import brought the index up to its last change log entry: nothing to rebuild" + atScale);
        String note = "existing store and index; median of " + plain.size() + " starts, alternating with those below" + atScale;
        Figure startup = Figure.of(bench.datasets, "start-up until /health is 200", Stats.round(Stats.median(plain), 2), "s");
        Figure withArchive = Figure.of(bench.datasets, "start-up with a class archive (class-archive), until /health is 200",
                Stats.round(Stats.median(archived), 2), "s");
        String archiveNote = "java -XX:SharedArchiveFile, as docs/deploy/catalog.service starts it; median of "
                + archived.size() + " starts" + atScale;
        Figure readiness = Figure.of(bench.datasets, "last start, until /health/ready is 200", Stats.round(ready, 1), "s")
                .withNote("every record scored and its quality measurements stored; the measurements after this one"
                        + " start then");
        return judged
                ? List.of(first.below(5, "< 5 s"), startup.below(3, "< 3 s").withNote(note),
                        withArchive.below(3, "< 3 s").withNote(archiveNote), readiness)
                : List.of(first, startup.withNote(note), withArchive.withNote(archiveNote), readiness);
    }
}
