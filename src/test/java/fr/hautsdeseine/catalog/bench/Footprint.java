package fr.hautsdeseine.catalog.bench;

import java.util.List;

/** Store size on disk, and the server's peak resident memory over all the measurements above. */
final class Footprint implements Measurement {

    @Override
    public String title() {
        return "footprint";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        double peakMb = bench.server == null ? Double.NaN : bench.server.stop();
        bench.server = null;
        double storeMb = Files2.size(bench.store) / (1024.0 * 1024.0);
        return List.of(
                Figure.of(bench.datasets, "store size on disk", Stats.round(storeMb, 1), "MB"),
                Figure.of(bench.datasets, "server peak RSS (whole run)", Stats.round(peakMb, 0), "MB")
                        .withNote("default JVM heap settings"));
    }
}
