package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.index.RecordSummary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which records a catalog page may hold; every part is optional and all given parts must match.
 *
 * @param modifiedSince records whose catalog record changed at or after this instant
 * @param theme         a {@code dcat:theme} (or HVD category) IRI the dataset carries
 * @param publisher     the dataset's {@code dct:publisher} IRI
 * @param hvd           high-value datasets only (true) or all but them (false)
 * @param text          words matched as the site's search matches them (the index's search): French analysis,
 *                      every word required, in titles, descriptions, keywords and notices
 */
public record CatalogFilter(Optional<Instant> modifiedSince, Optional<String> theme, Optional<String> publisher,
        Optional<Boolean> hvd, Optional<String> text) {

    public static final CatalogFilter NONE =
            new CatalogFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public boolean isNone() {
        return equals(NONE);
    }

    /** Whether the record matches every part but the text, which the index's search answers. */
    public boolean matchesAllButText(RecordSummary record) {
        return modifiedSince.map(since -> !record.modified().isBefore(since)).orElse(true)
                && theme.map(record.themes()::contains).orElse(true)
                && publisher.map(record.publishers()::contains).orElse(true)
                && hvd.map(wanted -> record.hvd() == wanted).orElse(true);
    }

    /** The filter as query parameters, in a fixed order, for the links of a page. */
    public List<String> queryParameters() {
        List<String> parameters = new ArrayList<>();
        modifiedSince.ifPresent(since -> parameters.add("modified_since=" + encode(since.toString())));
        theme.ifPresent(iri -> parameters.add("theme=" + encode(iri)));
        publisher.ifPresent(iri -> parameters.add("publisher=" + encode(iri)));
        hvd.ifPresent(value -> parameters.add("hvd=" + value));
        text.ifPresent(words -> parameters.add("q=" + encode(words)));
        return parameters;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
