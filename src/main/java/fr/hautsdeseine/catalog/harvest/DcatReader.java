package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.ingest.RdfParseException;
import fr.hautsdeseine.catalog.ingest.RdfReader;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;

/**
 * Reads a DCAT catalog in any RDF syntax, page after page along its Hydra links. Each page is parsed
 * alone, with relative IRIs resolved against the page's own URL; an RDF/XML page's IRIs that no IRI
 * grammar allows, and its IRIs given with text, are repaired first ({@link RdfXmlRepair}).
 */
final class DcatReader implements SourceReader {
    /** Every syntax it reads, Turtle first, TriG (a catalog in named graphs) last. */
    static final String ACCEPT = RdfSyntax.TURTLE.mediaType() + ", " + RdfSyntax.RDF_XML.mediaType() + ";q=0.9, "
            + RdfSyntax.JSON_LD.mediaType() + ";q=0.9, " + RdfSyntax.N_TRIPLES.mediaType() + ";q=0.8, "
            + RdfSyntax.TRIG.mediaType() + ";q=0.7, */*;q=0.1";

    private final RdfReader reader = new RdfReader();

    @Override
    public void read(HarvestSource source, Pages pages, Consumer<ParsedPage> sink) {
        read(source.url(), pages, sink);
    }

    void read(URI start, Pages pages, Consumer<ParsedPage> sink) {
        Set<URI> seen = new HashSet<>();
        RdfSyntax first = null;
        URI next = start;
        while (next != null) {
            if (!seen.add(next)) {
                throw new HarvestFetchException("paging loop: the next page <" + next + "> was already read");
            }
            FetchedPage page = pages.fetch(next, ACCEPT);
            RdfSyntax syntax = syntax(page, first);
            first = first == null ? syntax : first;
            // GeoNetwork writes IRIs with spaces, which would stop the whole page.
            RdfXmlRepair.Repaired repaired = syntax == RdfSyntax.RDF_XML
                    ? RdfXmlRepair.repair(page.body(), page.url().toString())
                    : new RdfXmlRepair.Repaired(page.body(), List.of());
            Graph graph;
            try {
                graph = reader.read(repaired.body(), syntax, page.url().toString());
            } catch (RdfParseException e) {
                throw new HarvestFetchException("page <" + page.url() + "> is not well-formed " + syntax.mediaType()
                        + ": " + e.describe());
            }
            sink.accept(new ParsedPage(page.url(), graph, repaired.repairs()));
            next = HydraPaging.next(graph, page.url()).orElse(null);
        }
    }

    /** By the URL's extension, else by Content-Type, else as the first page was. */
    private static RdfSyntax syntax(FetchedPage page, RdfSyntax first) {
        String path = Optional.ofNullable(page.url().getPath()).orElse("");
        Optional<RdfSyntax> byName = path.contains(".") ? RdfSyntax.fromFileName(path) : Optional.empty();
        Optional<RdfSyntax> byType = page.contentType().flatMap(type ->
                type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")
                        ? Optional.of(RdfSyntax.JSON_LD) : RdfSyntax.fromContentType(type));
        return byName.or(() -> byType).or(() -> Optional.ofNullable(first)).orElseThrow(() ->
                new HarvestFetchException("page <" + page.url() + "> has no known RDF syntax (Content-Type "
                        + page.contentType().orElse("none") + "); use an RDF extension or media type"));
    }
}
