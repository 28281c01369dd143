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
 * following {@code hydra:next} (or the older {@code hydra:nextPage}), once the route exists.
 */
final class CatalogPaging implements Measurement {
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final int TIMED_GETS = 20;
    private static final int MAX_PAGES = 100_000;

    @Override
    public String title() {
        return "catalog paging";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        int n = bench.datasets;
        URI first = bench.uri("/catalog");
        int probe = bench.status(first, "text/turtle");
        if (probe != 200) {
            return List.of(Figure.notAvailable(n, "catalog page 1, last page, full harvest", "GET /catalog answers " + probe));
        }
        long started = System.nanoTime();
        URI page = first;
        URI last = first;
        int pages = 0;
        while (page != null && pages < MAX_PAGES) {
            HttpResponse<byte[]> response = bench.client.get(page, "text/turtle");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + page + " answered " + response.statusCode() + " during the harvest");
            }
            last = page;
            page = next(response.body(), page).orElse(null);
            pages++;
        }
        double harvestSeconds = (System.nanoTime() - started) / 1e9;
        double firstMs = medianMs(bench, first);
        double lastMs = medianMs(bench, last);
        boolean judged = n >= 10_000;
        Figure firstPage = Figure.of(n, "catalog page 1", Stats.round(firstMs, 2), "ms");
        Figure lastPage = Figure.of(n, "catalog last page", Stats.round(lastMs, 2), "ms");
        Figure spread = Figure.of(n, "catalog last page ÷ page 1 (larger ÷ smaller)",
                Stats.round(Math.max(firstMs, lastMs) / Math.min(firstMs, lastMs), 2), "ratio");
        if (judged) {
            firstPage = firstPage.below(50, "< 50 ms");
            lastPage = lastPage.below(50, "< 50 ms");
            spread = spread.below(1.2000001, "≤ 1.2");
        }
        return List.of(firstPage, lastPage, spread,
                Figure.of(n, "full harvest following hydra:next", Stats.round(harvestSeconds, 2), "s")
                        .withNote(String.format(Locale.ROOT, "%d pages, parsed as Turtle", pages)));
    }

    private static double medianMs(Workbench bench, URI uri) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < TIMED_GETS + 5; i++) {
            long sent = System.nanoTime();
            bench.client.get(uri, "text/turtle");
            if (i >= 5) {
                times.add((System.nanoTime() - sent) / 1e6);
            }
        }
        return Stats.median(times);
    }

    private static Optional<URI> next(byte[] turtle, URI page) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new java.io.ByteArrayInputStream(turtle)).lang(Lang.TURTLE).base(page.toString()).parse(graph);
        for (String property : List.of("next", "nextPage")) {
            Optional<Node> next = graph.find(Node.ANY, NodeFactory.createURI(HYDRA + property), Node.ANY)
                    .nextOptional().map(triple -> triple.getObject());
            if (next.isPresent()) {
                Node node = next.get();
                String link = node.isURI() ? node.getURI() : node.getLiteralLexicalForm();
                // The server writes links under its public base (localhost); fetch them on loopback all the same.
                URI uri = URI.create(link);
                return Optional.of(URI.create("http://127.0.0.1:" + page.getPort() + uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
            }
        }
        return Optional.empty();
    }
}
