package fr.hautsdeseine.catalog.validation;

import fr.hautsdeseine.catalog.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;

/** SEMIC's official DCAT-AP 3.0.1 shapes and the EU vocabularies, read from ../shared: the oracle. */
public final class OfficialShapes {
    private static final List<String> SPLIT_SHAPES = List.of("shapes.ttl", "range.ttl", "mdr-vocabularies.shape.ttl");

    private final Shapes shapes;
    private final Graph vocabularies;

    private OfficialShapes(Shapes shapes, Graph vocabularies) {
        this.shapes = shapes;
        this.vocabularies = vocabularies;
    }

    public static OfficialShapes load() {
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        SPLIT_SHAPES.forEach(file -> RDFParser.source(TestCatalog.shared("reference/dcat-ap-3/split/" + file)).parse(shapesGraph));
        Graph vocabularies = GraphFactory.createDefaultGraph();
        try (Stream<Path> files = Files.list(TestCatalog.shared("reference/vocab"))) {
            files.filter(file -> file.toString().endsWith(".rdf")).sorted()
                    .forEach(file -> RDFParser.source(file).parse(vocabularies));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new OfficialShapes(Shapes.parse(shapesGraph), vocabularies);
    }

    /** The Violations whose focus node belongs to the data (not to the vocabularies), as "focus path". */
    public Set<String> violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(data, vocabularies));
        return violationKeys(report, data);
    }

    static Set<String> violationKeys(ValidationReport report, Graph data) {
        Set<String> keys = new HashSet<>();
        for (ReportEntry entry : report.getEntries()) {
            if (entry.severity() == Severity.Violation && inData(data, entry.focusNode())) {
                keys.add(key(entry.focusNode(), entry.resultPath() == null ? "" : entry.resultPath().toString()));
            }
        }
        return keys;
    }

    static String key(Node focus, String path) {
        return (focus.isBlank() ? "_:" + focus.getBlankNodeLabel() : focus.toString()) + " " + path;
    }

    private static boolean inData(Graph data, Node node) {
        return data.contains(node, Node.ANY, Node.ANY) || data.contains(Node.ANY, Node.ANY, node);
    }
}
