package fr.hautsdeseine.catalog.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Full-text search with two facets, as the site's search form sends it:
 * {@code /datasets?q=WORD&theme=THEME_IRI&format=FILE_TYPE_IRI} (facet values are the EU vocabulary IRIs).
 * The words, themes and formats are ones the generated catalog uses, so most searches find datasets.
 */
final class FacetedSearch implements Measurement {
    private static final String THEME = "http://publications.europa.eu/resource/authority/data-theme/";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    /** A word of a generated title with one of the themes of its topic. */
    private record Search(String word, String theme) {
    }

    private static final List<Search> SEARCHES = List.of(new Search("collège", "EDUC"), new Search("vélo", "TRAN"),
            new Search("budget", "GOVE"), new Search("arbres", "ENVI"), new Search("sport", "SOCI"),
            new Search("stationnement", "TRAN"), new Search("population", "SOCI"));
    private static final List<String> FORMATS = List.of("CSV", "JSON", "GEOJSON");

    @Override
    public String title() {
        return "search";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        int n = bench.datasets;
        String measure = "search with two facets";
        IntFunction<URI> searches = i -> {
            Search search = SEARCHES.get(i % SEARCHES.size());
            return bench.uri("/datasets?q=" + encode(search.word()) + "&theme=" + encode(THEME + search.theme())
                    + "&format=" + encode(FILE_TYPE + FORMATS.get((i / SEARCHES.size()) % FORMATS.size())));
        };
        int probe = bench.status(searches.apply(0), "text/html");
        if (probe != 200) {
            return List.of(Figure.notAvailable(n, measure, "GET " + searches.apply(0).getRawPath() + "?... answers " + probe));
        }
        LoadSummary summary = LoadSummary.of(bench, searches, "text/html");
        return List.of(
                Figure.of(n, measure + ": requests/s", summary.perSecond(), "req/s")
                        .withNote(summary.note() + "; e.g. " + searches.apply(0).getRawPath() + "?" + searches.apply(0).getRawQuery()),
                Figure.of(n, measure + ": p50", summary.p50(), "ms"),
                Figure.of(n, measure + ": p99", summary.p99(), "ms"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
