package fr.hautsdeseine.catalog.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Full-text search with two facets ({@code /datasets?q=...&theme=...&publisher=...}), once search
 * exists. The facet parameter names are the ones to adjust if the search page names them otherwise.
 */
final class FacetedSearch implements Measurement {
    private static final List<String> WORDS = List.of("collège", "vélo", "budget", "arbres", "archives", "déchets", "parcs");
    private static final List<String> THEMES = List.of("EDUC", "TRAN", "GOVE", "ENVI", "SOCI");
    private static final List<String> PUBLISHERS = List.of("departement-des-hauts-de-seine", "ville-de-nanterre", "ville-de-antony");

    @Override
    public String title() {
        return "search";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        int n = bench.datasets;
        String measure = "search with two facets";
        int probe = bench.status(bench.uri("/datasets?q=" + encode("collège")), "text/html");
        if (probe != 200) {
            return List.of(Figure.notAvailable(n, measure, "GET /datasets?q=... answers " + probe));
        }
        IntFunction<URI> searches = i -> bench.uri("/datasets?q=" + encode(WORDS.get(i % WORDS.size()))
                + "&theme=" + THEMES.get(i % THEMES.size()) + "&publisher=" + PUBLISHERS.get(i % PUBLISHERS.size()));
        LoadSummary summary = LoadSummary.of(bench, searches, "text/html");
        return List.of(
                Figure.of(n, measure + ": requests/s", summary.perSecond(), "req/s").withNote(summary.note()),
                Figure.of(n, measure + ": p50", summary.p50(), "ms"),
                Figure.of(n, measure + ": p99", summary.p99(), "ms"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
