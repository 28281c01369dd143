package fr.hautsdeseine.catalog.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/** The RDF syntaxes the catalog reads, by media type and by file extension. */
public enum RdfSyntax {
    TURTLE(Lang.TURTLE, "text/turtle", List.of("ttl"), List.of("application/x-turtle")),
    RDF_XML(Lang.RDFXML, "application/rdf+xml", List.of("rdf", "xml", "owl"), List.of("application/xml", "text/xml")),
    JSON_LD(Lang.JSONLD, "application/ld+json", List.of("jsonld", "json"), List.of()),
    N_TRIPLES(Lang.NTRIPLES, "application/n-triples", List.of("nt"), List.of("text/plain")),
    N_QUADS(Lang.NQUADS, "application/n-quads", List.of("nq"), List.of("text/x-nquads")),
    TRIG(Lang.TRIG, "application/trig", List.of("trig"), List.of());

    private final Lang lang;
    private final String mediaType;
    private final List<String> extensions;
    private final List<String> otherMediaTypes;

    RdfSyntax(Lang lang, String mediaType, List<String> extensions, List<String> otherMediaTypes) {
        this.lang = lang;
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.otherMediaTypes = otherMediaTypes;
    }

    public Lang lang() {
        return lang;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The syntax of a {@code Content-Type} header value (parameters such as charset ignored). */
    public static Optional<RdfSyntax> fromContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (RdfSyntax syntax : values()) {
            if (syntax.mediaType.equals(type) || syntax.otherMediaTypes.contains(type)) {
                return Optional.of(syntax);
            }
        }
        return Optional.empty();
    }

    /** The syntax of a file name, from its extension. */
    public static Optional<RdfSyntax> fromFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (RdfSyntax syntax : values()) {
            if (syntax.extensions.contains(extension)) {
                return Optional.of(syntax);
            }
        }
        return Optional.empty();
    }

    /** The file extensions read, for error messages: ".ttl .rdf .xml ...". */
    public static String acceptedExtensions() {
        StringBuilder list = new StringBuilder();
        for (RdfSyntax syntax : values()) {
            for (String extension : syntax.extensions) {
                list.append(list.length() == 0 ? "." : " .").append(extension);
            }
        }
        return list.toString();
    }

    /** The media types accepted, for error messages. */
    public static String acceptedMediaTypes() {
        StringBuilder list = new StringBuilder();
        for (RdfSyntax syntax : values()) {
            list.append(list.length() == 0 ? "" : ", ").append(syntax.mediaType);
        }
        return list.toString();
    }
}
