package fr.hautsdeseine.catalog.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * {@code /datasets/{id}} as HTML and as Turtle under concurrent load, once the route exists. The server
 * keeps rendered HTML pages until the store changes: the first request of each page renders it (measured
 * apart, each page requested once), the load after it measures the pages as a visited catalog serves them.
 */
final class DatasetPages implements Measurement {
    /** The load cycles through the first 2,000 pages of the sequence below (what {@link WrkLoad} sends). */
    private static final int DISTINCT_PAGES = 2_000;

    @Override
    public String title() {
        return "dataset pages";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        List<Figure> figures = new ArrayList<>();
        figures.addAll(load(bench, "HTML", "text/html", true));
        figures.addAll(load(bench, "Turtle", "text/turtle", false));
        return figures;
    }

    private static List<Figure> load(Workbench bench, String label, String accept, boolean judged) throws Exception {
        int n = bench.datasets;
        String measure = "dataset page as " + label;
        int probe = bench.status(bench.uri("/datasets/" + bench.ids.get(0)), accept);
        if (probe != 200) {
            return List.of(Figure.notAvailable(n, measure, "GET /datasets/{id} (Accept: " + accept + ") answers " + probe));
        }
        IntFunction<URI> pages = i -> bench.uri("/datasets/" + bench.ids.get(Math.floorMod(i * 7919, bench.ids.size())));
        List<Figure> figures = new ArrayList<>();
        if (judged) {
            int distinct = Math.min(DISTINCT_PAGES, n);
            LoadClient.Result firstVisits = bench.client.burst(pages, accept, distinct, Duration.ofMinutes(2));
            figures.add(Figure.of(n, measure + ", first request of each page: pages/s", Stats.round(firstVisits.perSecond(), 0),
                    "pages/s").withNote(String.format(Locale.ROOT, "%,d pages rendered once each, Java HTTP client, %d connections; p50 %.1f ms, p99 %.1f ms",
                    firstVisits.requests(), bench.settings.concurrency(), firstVisits.p50(), firstVisits.p99())));
        }
        LoadSummary summary = LoadSummary.of(bench, pages, accept);
        Figure rate = Figure.of(n, measure + ": requests/s", summary.perSecond(), "req/s");
        Figure p50 = Figure.of(n, measure + ": p50", summary.p50(), "ms");
        Figure p99 = Figure.of(n, measure + ": p99", summary.p99(), "ms");
        if (judged) {
            rate = rate.atLeast(2000, "≥ 2,000 req/s");
            p99 = p99.below(25, "< 25 ms");
        }
        figures.addAll(List.of(rate.withNote(summary.note() + (judged ? "; pages already rendered once" : "")), p50, p99));
        return figures;
    }
}
