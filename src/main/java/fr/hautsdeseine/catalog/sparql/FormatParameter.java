package fr.hautsdeseine.catalog.sparql;

import fr.hautsdeseine.catalog.publish.OutputSyntax;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code format} parameter, for links that cannot set {@code Accept}: {@code json}, {@code xml},
 * {@code csv}, {@code tsv} for SELECT and ASK; {@code ttl}, {@code rdf}, {@code jsonld}, {@code nt}
 * for CONSTRUCT and DESCRIBE. Fuseki knows each short name but {@code rdf} and {@code jsonld}, which this passes on as
 * their media types.
 */
record FormatParameter(Optional<String> name) {
    static final String PARAMETER = "format";
    private static final Map<String, String> GRAPH_MEDIA_TYPES = graphMediaTypes();
    private static final Map<String, String> FOR_FUSEKI = Map.of(
            "rdf", OutputSyntax.RDF_XML.mediaType(), "jsonld", OutputSyntax.JSON_LD.mediaType());
    private static final Set<String> RESULT_NAMES = Set.of("csv", "tsv");

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

    /** Each served syntax by its extensions, and by the names Fuseki gives Turtle and JSON-LD. */
    private static Map<String, String> graphMediaTypes() {
        Map<String, String> types = new HashMap<>();
        for (OutputSyntax syntax : OutputSyntax.values()) {
            syntax.extensions().forEach(extension -> types.put(extension, syntax.mediaType()));
        }
        types.put("turtle", OutputSyntax.TURTLE.mediaType());
        types.put("json", OutputSyntax.JSON_LD.mediaType());
        return Map.copyOf(types);
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
