package fr.hautsdeseine.catalog.validation;

import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * Validates one record at a time against the shapes of a profile, with the controlled vocabularies
 * as background data. The cost depends on the record only, never on the size of the catalog.
 */
public final class RecordValidator {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
            .setNsPrefix("dct", "http://purl.org/dc/terms/")
            .setNsPrefix("dcatap", "http://data.europa.eu/r5r/")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("vcard", "http://www.w3.org/2006/vcard/ns#")
            .setNsPrefix("locn", "http://www.w3.org/ns/locn#")
            .setNsPrefix("spdx", "http://spdx.org/rdf/terms#")
            .setNsPrefix("csvw", "http://www.w3.org/ns/csvw#")
            .setNsPrefix("adms", "http://www.w3.org/ns/adms#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("hds", "https://opendata.hauts-de-seine.fr/ns/catalog#")
            .lock();

    private final ShapeSet shapes;
    private final BackgroundData background;

    public RecordValidator(ShapeSet shapes, java.util.function.Supplier<Graph> vocabularies) {
        this.shapes = shapes;
        this.background = new BackgroundData(vocabularies);
    }

    /** The shipped shapes, with the shipped vocabularies as background data. */
    public static RecordValidator standard() {
        return new RecordValidator(ShapeSet.load(), new fr.hautsdeseine.catalog.vocab.ShippedVocabularies());
    }

    public static RecordValidator standard(Graph vocabularies) {
        return new RecordValidator(ShapeSet.load(), () -> vocabularies);
    }

    public static RecordValidator standard(java.util.function.Supplier<Graph> vocabularies) {
        return new RecordValidator(ShapeSet.load(), vocabularies);
    }

    public RecordReport validate(DatasetRecord record, Profile profile) {
        Graph data = background.around(record.content());
        ValidationReport report = ShaclValidator.get().validate(shapes.forRecord(profile, record.content()), data);
        Graph graph = report.getGraph();
        return new RecordReport(record.id(), issues(graph), graph);
    }

    /** The results of a SHACL report graph (a fresh one, or one stored with a record), violations first. */
    public static List<ValidationIssue> issues(Graph report) {
        List<ValidationIssue> issues = new ArrayList<>();
        report.find(Node.ANY, SHACL.focusNode, Node.ANY).forEachRemaining(t -> issues.add(issue(report, t.getSubject())));
        issues.sort(Comparator.comparing((ValidationIssue i) -> !i.isViolation())
                .thenComparing(ValidationIssue::focusNode).thenComparing(ValidationIssue::path));
        return issues;
    }

    /** Records are independent, so a document's records are validated on every core. */
    public List<RecordReport> validateAll(List<DatasetRecord> records, Profile profile) {
        var stream = records.size() > 1 ? records.parallelStream() : records.stream();
        return stream.map(record -> validate(record, profile)).toList();
    }

    private static ValidationIssue issue(Graph report, Node result) {
        Node severity = object(report, result, SHACL.resultSeverity);
        return new ValidationIssue(
                severity == null ? "Violation" : severity.getLocalName(),
                format(object(report, result, SHACL.focusNode)),
                path(report, result),
                format(object(report, result, SHACL.value)),
                message(report, result, "fr"),
                message(report, result, "en"),
                format(object(report, result, SHACL.sourceShape)));
    }

    private static String path(Graph report, Node result) {
        Node path = object(report, result, SHACL.resultPath);
        if (path == null) {
            return "";
        }
        if (path.isURI()) {
            return PREFIXES.shortForm(path.getURI());
        }
        Path parsed = ShaclPaths.parsePath(report, path);
        return parsed.toString(new org.apache.jena.sparql.core.Prologue(PREFIXES));
    }

    /** The message in that language; else the untagged one; else any. */
    private static String message(Graph report, Node result, String language) {
        List<Node> messages = report.find(result, SHACL.resultMessage, Node.ANY).mapWith(Triple::getObject).toList();
        return messages.stream().filter(m -> m.isLiteral() && m.getLiteralLanguage().startsWith(language)).findFirst()
                .or(() -> messages.stream().filter(m -> m.isLiteral() && m.getLiteralLanguage().isEmpty()).findFirst())
                .or(() -> messages.stream().findFirst())
                .map(Node::getLiteralLexicalForm).orElse("");
    }

    private static String format(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        return NodeFmtLib.strTTL(node);
    }

    private static Node object(Graph graph, Node subject, Node predicate) {
        var found = graph.find(subject, predicate, Node.ANY);
        return found.hasNext() ? found.next().getObject() : null;
    }
}
