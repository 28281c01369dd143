package fr.hautsdeseine.catalog.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Medians over several bursts (after a warm-up burst) of one kind of request. */
record LoadSummary(double perSecond, double p50, double p99, String note) {

    static LoadSummary of(Workbench bench, IntFunction<URI> uris, String accept) throws Exception {
        Workbench.Settings settings = bench.settings;
        bench.burst(uris, accept, settings.warmUp());
        List<Double> rates = new ArrayList<>();
        List<Double> p50s = new ArrayList<>();
        List<Double> p99s = new ArrayList<>();
        int failures = 0;
        for (int run = 0; run < settings.runs(); run++) {
            LoadClient.Result result = bench.burst(uris, accept, settings.burst());
            rates.add(result.perSecond());
            p50s.add(result.p50());
            p99s.add(result.p99());
            failures += result.failures();
        }
        String note = bench.loadGenerator() + (failures > 0 ? "; " + failures + " non-200 answers" : "");
        return new LoadSummary(Stats.round(Stats.median(rates), 0), Stats.round(Stats.median(p50s), 2),
                Stats.round(Stats.median(p99s), 2), note);
    }
}
