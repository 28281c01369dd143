package fr.hautsdeseine.catalog.publish;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.vocab.HYDRA;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCAT;

/** Walks a catalog as a harvester does: no Accept header, no redirects followed, next links only. */
public final class Harvest {
    private Harvest() {
    }

    /** One fetched page: where from, and its graph as Jena parsed it. */
    public record Page(String url, Graph graph) {
        /** The record ids the page links with dcat:record, in no particular order. */
        public List<String> recordIds() {
            List<String> ids = new ArrayList<>();
            graph.find(Node.ANY, DCAT.record.asNode(), Node.ANY).forEachRemaining(t -> {
                String iri = t.getObject().getURI();
                ids.add(iri.substring(iri.lastIndexOf('/') + 1));
            });
            return ids;
        }

        public Optional<String> next() {
            var found = graph.find(Node.ANY, HYDRA.next.asNode(), Node.ANY);
            return found.hasNext() ? Optional.of(found.next().getObject().getURI()) : Optional.empty();
        }
    }

    /** One page, which must answer 200 in the syntax. */
    public static Page fetch(TestCatalog catalog, String path, OutputSyntax syntax) {
        HttpResponse<String> response = catalog.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(syntax.contentType());
        return new Page(catalog.url(path), Parsed.jena(response.body(), syntax));
    }

    /** Every page from the first, by hydra:next. */
    public static List<Page> walk(TestCatalog catalog, String firstPath, OutputSyntax syntax) {
        List<Page> pages = new ArrayList<>();
        String path = firstPath;
        while (path != null) {
            Page page = fetch(catalog, path, syntax);
            pages.add(page);
            path = page.next().map(url -> {
                assertThat(url).startsWith(catalog.url("/"));
                return url.substring(catalog.url("").length());
            }).orElse(null);
            assertThat(pages.size()).as("pages followed").isLessThan(100_000);
        }
        return pages;
    }
}
