package fr.hautsdeseine.catalog.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The paged {@code /catalog}, as a harvester reads it: page 1, the last page, and a full harvest
 * following {@code hydra:next}; the last page is the one page 1 names as {@code hydra:last}.
 */
final class CatalogPaging implements Measurement {
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final int TIMED_GETS = 20;
    /** Rounds of TIMED_GETS GETs of both pages before timing: the server's JIT is cold after start-up. */
    private static final int WARM_UP_GETS = 3;
    private static final int MAX_PAGES = 100_000;
    private static final int PAGE_SIZE = 100;

    @Override
    public String title() {
        return "catalog paging";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        int n = bench.datasets;
        URI first = bench.uri("/catalog.ttl?page_size=" + PAGE_SIZE);
        HttpResponse<byte[]> firstPage = bench.client.get(first, "text/turtle");
        if (firstPage.statusCode() != 200) {
            return List.of(Figure.notAvailable(n, "catalog page 1, last page, full harvest",
                    "GET " + first.getRawPath() + "?" + first.getRawQuery() + " answers " + firstPage.statusCode()));
        }
        URI last = link(parse(firstPage.body(), first), "last", first)
                .orElseThrow(() -> new IllegalStateException("Page 1 of the catalog has no hydra:last"));
        for (int i = 0; i < WARM_UP_GETS; i++) {
            medianMs(bench, List.of(first, last));
        }
        List<List<Double>> times = medianMs(bench, List.of(first, last));
        double firstMs = Stats.median(times.get(0));
        double lastMs = Stats.median(times.get(1));

        long started = System.nanoTime();
        URI page = first;
        int pages = 0;
        List<Double> pageMs = new ArrayList<>();
        while (page != null && pages < MAX_PAGES) {
            long sent = System.nanoTime();
            HttpResponse<byte[]> response = bench.client.get(page, "text/turtle");
            pageMs.add((System.nanoTime() - sent) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + page + " answered " + response.statusCode() + " during the harvest");
            }
            page = link(parse(response.body(), page), "next", page).orElse(null);
            pages++;
        }
        double harvestSeconds = (System.nanoTime() - started) / 1e9;

        boolean judged = n >= 10_000;
        String pageNote = "Turtle, " + PAGE_SIZE + " datasets a page, median of " + TIMED_GETS + " sequential GETs after " + WARM_UP_GETS * TIMED_GETS + " warm-up, alternating with the last page";
        Figure firstFigure = Figure.of(n, "catalog page 1", Stats.round(firstMs, 2), "ms").withNote(pageNote);
        Figure lastFigure = Figure.of(n, "catalog last page (hydra:last)", Stats.round(lastMs, 2), "ms")
                .withNote(last.getRawPath() + "?" + last.getRawQuery());
        Figure spread = Figure.of(n, "catalog last page ÷ page 1 (larger ÷ smaller)",
                Stats.round(Math.max(firstMs, lastMs) / Math.min(firstMs, lastMs), 2), "ratio");
        if (judged) {
            firstFigure = firstFigure.below(50, "< 50 ms");
            lastFigure = lastFigure.below(50, "< 50 ms");
            spread = spread.below(1.2000001, "≤ 1.2");
        }
        return List.of(firstFigure, lastFigure, spread,
                Figure.of(n, "full harvest following hydra:next", Stats.round(harvestSeconds, 2), "s")
                        .withNote(String.format(Locale.ROOT, "%d pages, each parsed as Turtle", pages)),
                Figure.of(n, "full harvest following hydra:next: median page", Stats.round(Stats.median(pageMs), 2), "ms")
                        .withNote("each page requested once, timed from request to the whole body on loopback"));
    }

    /** The times of {@code TIMED_GETS} sequential GETs of each page, alternating between them. */
    private static List<List<Double>> medianMs(Workbench bench, List<URI> pages) throws Exception {
        List<List<Double>> times = new ArrayList<>();
        pages.forEach(page -> times.add(new ArrayList<>()));
        for (int i = 0; i < TIMED_GETS; i++) {
            for (int p = 0; p < pages.size(); p++) {
                long sent = System.nanoTime();
                int status = bench.client.get(pages.get(p), "text/turtle").statusCode();
                if (status != 200) {
                    throw new IllegalStateException("GET " + pages.get(p) + " answered " + status);
                }
                times.get(p).add((System.nanoTime() - sent) / 1e6);
            }
        }
        return times;
    }

    /** A page as a harvester reads it: Turtle, relative IRIs against the page. */
    static Graph parse(byte[] turtle, URI page) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new java.io.ByteArrayInputStream(turtle)).lang(Lang.TURTLE).base(page.toString()).parse(graph);
        return graph;
    }

    /** The page a Hydra link ({@code next}, {@code last}) points to, fetched on loopback. */
    static Optional<URI> link(Graph graph, String property, URI page) {
        Optional<Node> target = graph.find(Node.ANY, NodeFactory.createURI(HYDRA + property), Node.ANY)
                .nextOptional().map(triple -> triple.getObject());
        return target.map(node -> {
            URI uri = URI.create(node.isURI() ? node.getURI() : node.getLiteralLexicalForm());
            // The server writes links under its public base (localhost); fetch them on loopback all the same.
            return URI.create("http://127.0.0.1:" + page.getPort() + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        });
    }
}
