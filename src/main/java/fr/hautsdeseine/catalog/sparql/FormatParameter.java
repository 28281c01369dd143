package fr.hautsdeseine.catalog.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code format} parameter, for links that cannot set {@code Accept}: {@code json}, {@code xml},
 * {@code csv}, {@code tsv} for SELECT and ASK; {@code ttl}, {@code rdf}, {@code jsonld}, {@code nt}
 * for CONSTRUCT and DESCRIBE. Fuseki knows each short name but {@code rdf} and {@code jsonld}, which this passes on as
 * their media types.
 */
record FormatParameter(Optional<String> name) {
    static final String PARAMETER = "format";
    private static final Map<String, String> GRAPH_MEDIA_TYPES = Map.of(
            "ttl", "text/turtle", "turtle", "text/turtle", "rdf", "application/rdf+xml", "xml", "application/rdf+xml",
            "jsonld", "application/ld+json", "json", "application/ld+json", "nt", "application/n-triples");
    private static final Map<String, String> FOR_FUSEKI = Map.of("rdf", "application/rdf+xml", "jsonld", "application/ld+json");
    private static final java.util.Set<String> RESULT_NAMES = java.util.Set.of("csv", "tsv");

    static FormatParameter of(HttpServletRequest request) {
        String value = request.getParameter(PARAMETER);
        if (value == null || value.isBlank()) {
            return new FormatParameter(Optional.empty());
        }
        String name = value.trim().toLowerCase(Locale.ROOT);
        if (!GRAPH_MEDIA_TYPES.containsKey(name) && !RESULT_NAMES.contains(name)) {
            throw new IllegalArgumentException("Unknown format '" + value + "': use json, xml, csv or tsv for SELECT"
                    + " and ASK, ttl, rdf, jsonld or nt for CONSTRUCT and DESCRIBE");
        }
        return new FormatParameter(Optional.of(name));
    }

    /** The media type this format names for an RDF answer such as the service description. */
    Optional<String> graphMediaType() {
        return name.map(GRAPH_MEDIA_TYPES::get);
    }

    HttpServletRequest wrap(HttpServletRequest request) {
        if (name.isEmpty() || !FOR_FUSEKI.containsKey(name.get())) {
            return request;
        }
        String mediaType = FOR_FUSEKI.get(name.get());
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String parameter) {
                return PARAMETER.equals(parameter) ? mediaType : super.getParameter(parameter);
            }

            @Override
            public String[] getParameterValues(String parameter) {
                return PARAMETER.equals(parameter) ? new String[] {mediaType} : super.getParameterValues(parameter);
            }
        };
    }
}
