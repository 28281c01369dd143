package fr.hautsdeseine.catalog.publish;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes the catalog is served in, with their media types and file extensions. */
public enum OutputSyntax {
    TURTLE("text/turtle", true, List.of("ttl"), RDFFormat.TURTLE_BLOCKS, "Turtle"),
    RDF_XML("application/rdf+xml", false, List.of("rdf", "xml"), RDFFormat.RDFXML_PLAIN, "RDF/XML"),
    // Written by FlatJsonLdWriter (Jena's JSON-LD writers are quadratic in the values of one property).
    JSON_LD("application/ld+json", true, List.of("jsonld"), RDFFormat.JSONLD11_FLAT, "JSON-LD"),
    N_TRIPLES("application/n-triples", true, List.of("nt"), RDFFormat.NTRIPLES_UTF8, "N-Triples");

    private final String mediaType;
    private final boolean charset;
    private final List<String> extensions;
    private final RDFFormat format;
    private final String label;

    OutputSyntax(String mediaType, boolean charset, List<String> extensions, RDFFormat format, String label) {
        this.mediaType = mediaType;
        this.charset = charset;
        this.extensions = extensions;
        this.format = format;
        this.label = label;
    }

    /** The syntax's usual name, for people. */
    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The {@code Content-Type} header: RDF/XML names its encoding itself, the others need a charset. */
    public String contentType() {
        return charset ? mediaType + "; charset=utf-8" : mediaType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extensions.get(0);
    }

    public RDFFormat format() {
        return format;
    }

    public static Optional<OutputSyntax> fromMediaType(String type) {
        for (OutputSyntax syntax : values()) {
            if (syntax.mediaType.equals(type)) {
                return Optional.of(syntax);
            }
        }
        return Optional.empty();
    }

    public static Optional<OutputSyntax> fromExtension(String extension) {
        for (OutputSyntax syntax : values()) {
            if (syntax.extensions.contains(extension)) {
                return Optional.of(syntax);
            }
        }
        return Optional.empty();
    }
}
