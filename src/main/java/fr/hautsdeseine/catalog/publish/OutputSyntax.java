package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes the catalog is served in: each is one of {@link RdfSyntax} (its media type, name and
 * extensions), with how the server writes it.
 */
public enum OutputSyntax {
    // Written by TurtleBlockWriter: Jena's block writer, this format, took most of a catalog page's time (it still
    // writes a graph holding triple terms).
    TURTLE(RdfSyntax.TURTLE, true, RDFFormat.TURTLE_BLOCKS),
    RDF_XML(RdfSyntax.RDF_XML, false, RDFFormat.RDFXML_PLAIN),
    // Written by FlatJsonLdWriter (Jena's JSON-LD writers are quadratic in the values of one property).
    JSON_LD(RdfSyntax.JSON_LD, true, RDFFormat.JSONLD11_FLAT),
    N_TRIPLES(RdfSyntax.N_TRIPLES, true, RDFFormat.NTRIPLES_UTF8);

    private final RdfSyntax syntax;
    private final boolean charset;
    private final RDFFormat format;

    OutputSyntax(RdfSyntax syntax, boolean charset, RDFFormat format) {
        this.syntax = syntax;
        this.charset = charset;
        this.format = format;
    }

    /** The syntax's usual name, for people. */
    public String label() {
        return syntax.label();
    }

    public String mediaType() {
        return syntax.mediaType();
    }

    /** The {@code Content-Type} header: RDF/XML names its encoding itself, the others need a charset. */
    public String contentType() {
        return charset ? mediaType() + "; charset=utf-8" : mediaType();
    }

    /** Every extension the syntax is served at, without the dot, the usual one first. */
    public List<String> extensions() {
        return syntax.extensions();
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return syntax.extensions().get(0);
    }

    /** Jena's name for the syntax, for writers that choose their own format within it. */
    public Lang lang() {
        return syntax.lang();
    }

    public RDFFormat format() {
        return format;
    }

    public static Optional<OutputSyntax> fromMediaType(String type) {
        for (OutputSyntax output : values()) {
            if (output.mediaType().equals(type)) {
                return Optional.of(output);
            }
        }
        return Optional.empty();
    }

    /** The syntax served at a URL ending in {@code .extension}. */
    public static Optional<OutputSyntax> fromExtension(String extension) {
        for (OutputSyntax output : values()) {
            if (output.syntax.extensions().contains(extension)) {
                return Optional.of(output);
            }
        }
        return Optional.empty();
    }
}
