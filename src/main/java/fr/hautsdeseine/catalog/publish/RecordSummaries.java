package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.vocab.DCATAP;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;

/** Reads a {@link RecordSummary} out of a record's graph. */
final class RecordSummaries {
    private final CatalogIris iris;

    RecordSummaries(CatalogIris iris) {
        this.iris = iris;
    }

    /** The summary of the record {@code id}, or empty when its graph holds no catalog record. */
    Optional<RecordSummary> summarise(String id, Graph record) {
        Node catalogRecord = iris.catalogRecord(id);
        Optional<Node> dataset = first(record, catalogRecord, FOAF.primaryTopic.asNode());
        if (dataset.isEmpty()) {
            return Optional.empty();
        }
        Node d = dataset.get();
        Instant modified = first(record, catalogRecord, DCTerms.modified.asNode())
                .flatMap(RecordSummaries::instant).orElse(Instant.EPOCH);
        Set<String> themes = iris(record, d, DCAT.theme.asNode());
        Set<String> hvdCategories = iris(record, d, DCATAP.hvdCategory.asNode());
        themes.addAll(hvdCategories);
        boolean hvd = !hvdCategories.isEmpty()
                || record.contains(d, DCATAP.applicableLegislation.asNode(), DCATAP.HVD_REGULATION.asNode());
        return Optional.of(new RecordSummary(id, modified, Set.copyOf(themes), iris(record, d, DCTerms.publisher.asNode()),
                hvd));
    }

    /** The instant of an xsd:dateTime or xsd:date literal (a date or a time without zone is taken as UTC). */
    static Optional<Instant> instant(Node literal) {
        if (!literal.isLiteral()) {
            return Optional.empty();
        }
        String lexical = literal.getLiteralLexicalForm().trim();
        try {
            if (lexical.length() <= 10) {
                return Optional.of(java.time.LocalDate.parse(lexical).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (lexical.endsWith("Z") || lexical.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return Optional.of(OffsetDateTime.parse(lexical).toInstant());
            }
            return Optional.of(java.time.LocalDateTime.parse(lexical).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Node> first(Graph graph, Node subject, Node predicate) {
        var found = graph.find(subject, predicate, Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
    }

    private static Set<String> iris(Graph graph, Node subject, Node predicate) {
        Set<String> values = new LinkedHashSet<>();
        graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI)
                .forEachRemaining(node -> values.add(node.getURI()));
        return values;
    }
}
