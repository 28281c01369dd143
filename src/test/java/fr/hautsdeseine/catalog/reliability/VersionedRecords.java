package fr.hautsdeseine.catalog.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Records whose version is written twice, in the dataset's title and in its distribution's title, so that a
 * record stored in part (one without its distribution, or with parts of two versions) shows.
 */
final class VersionedRecords {
    static final String WITHDRAWN = "withdrawn";
    private static final Pattern VERSION = Pattern.compile("(?:v|version )(\\S+)");
    private static final String TEMPLATE = template();

    private VersionedRecords() {
    }

    /** The record {@code id} in Turtle, at {@code version}. */
    static String turtle(String id, String version) {
        return TEMPLATE.replace("https://example.org/datasets/colleges", "https://example.org/datasets/" + id)
                .replace("\"colleges\"", "\"" + id + "\"")
                .replace("Collèges du département", "v" + version)
                .replace("Collèges (CSV)", "version " + version) + "\n";
    }

    /** The record's version when it is whole; empty when its dataset and distribution disagree or one is missing. */
    static Optional<String> version(Graph record) {
        Optional<String> dataset = Optional.empty();
        Optional<String> distribution = Optional.empty();
        for (Triple title : record.find(null, DCTerms.title.asNode(), null).toList()) {
            Matcher matcher = VERSION.matcher(title.getObject().getLiteralLexicalForm());
            if (!matcher.matches()) {
                continue;
            }
            boolean isDistribution = record.contains(title.getSubject(), org.apache.jena.vocabulary.RDF.type.asNode(),
                    DCAT.Distribution.asNode());
            if (isDistribution) {
                distribution = Optional.of(matcher.group(1));
            } else {
                dataset = Optional.of(matcher.group(1));
            }
        }
        return dataset.isPresent() && dataset.equals(distribution) ? dataset : Optional.empty();
    }

    private static String template() {
        try (InputStream in = VersionedRecords.class.getResourceAsStream("/records/one-dataset.ttl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
