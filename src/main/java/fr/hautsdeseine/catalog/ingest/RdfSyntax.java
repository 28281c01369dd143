package fr.hautsdeseine.catalog.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;

/**
 * The one table of the RDF syntaxes the catalog knows: for each, Jena's {@link Lang}, its media type and the
 * other types clients send for it, its name for people, and its file extensions (the first is the usual one,
 * and the only ones the server answers at; the others it reads too). What the server writes, and how, is
 * {@code publish.OutputSyntax}, built on this table.
 */
public enum RdfSyntax {
    TURTLE(Lang.TURTLE, "text/turtle", "Turtle", List.of("ttl"), List.of(), List.of("application/x-turtle")),
    RDF_XML(Lang.RDFXML, "application/rdf+xml", "RDF/XML", List.of("rdf", "xml"), List.of("owl"),
            List.of("application/xml", "text/xml")),
    JSON_LD(Lang.JSONLD, "application/ld+json", "JSON-LD", List.of("jsonld"), List.of("json"), List.of()),
    N_TRIPLES(Lang.NTRIPLES, "application/n-triples", "N-Triples", List.of("nt"), List.of(), List.of("text/plain")),
    N_QUADS(Lang.NQUADS, "application/n-quads", "N-Quads", List.of("nq"), List.of(), List.of("text/x-nquads")),
    TRIG(Lang.TRIG, "application/trig", "TriG", List.of("trig"), List.of(), List.of());

    private final Lang lang;
    private final String mediaType;
    private final String label;
    private final List<String> extensions;
    private final List<String> readExtensions;
    private final List<String> otherMediaTypes;

    RdfSyntax(Lang lang, String mediaType, String label, List<String> servedExtensions, List<String> alsoRead,
              List<String> otherMediaTypes) {
        this.lang = lang;
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = servedExtensions;
        this.readExtensions = Stream.concat(servedExtensions.stream(), alsoRead.stream()).toList();
        this.otherMediaTypes = otherMediaTypes;
    }

    public Lang lang() {
        return lang;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The syntax's usual name, for people. */
    public String label() {
        return label;
    }

    /** The extensions the server answers at, without the dot; the first is the usual one. */
    public List<String> extensions() {
        return extensions;
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
            if (syntax.readExtensions.contains(extension)) {
                return Optional.of(syntax);
            }
        }
        return Optional.empty();
    }

    /** The file extensions read, for error messages: ".ttl .rdf .xml ...". */
    public static String acceptedExtensions() {
        StringBuilder list = new StringBuilder();
        for (RdfSyntax syntax : values()) {
            for (String extension : syntax.readExtensions) {
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
