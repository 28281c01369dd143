package fr.hautsdeseine.catalog.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** {@code /datasets/{id}} as HTML and as Turtle under concurrent load, once the route exists. */
final class DatasetPages implements Measurement {

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
        LoadSummary summary = LoadSummary.of(bench, pages, accept);
        Figure rate = Figure.of(n, measure + ": requests/s", summary.perSecond(), "req/s").withNote(summary.note());
        Figure p50 = Figure.of(n, measure + ": p50", summary.p50(), "ms");
        Figure p99 = Figure.of(n, measure + ": p99", summary.p99(), "ms");
        if (judged) {
            rate = rate.atLeast(2000, "≥ 2,000 req/s");
            p99 = p99.below(25, "< 25 ms");
        }
        return List.of(rate, p50, p99);
    }
}
