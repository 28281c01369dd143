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
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** SEMIC's official shapes of a profile (DCAT-AP 3.0.1 unless named) and the EU vocabularies, read from ../shared: the oracle. */
public final class OfficialShapes {
    private static final List<String> SPLIT_SHAPES = List.of("dcat-ap-3/split/shapes.ttl", "dcat-ap-3/split/range.ttl",
            "dcat-ap-3/split/mdr-vocabularies.shape.ttl");
    private static final List<String> DCAT_AP_2_SHAPES = List.of("dcat-ap-2.1.1/dcat-ap_2.1.1_shacl_shapes.ttl",
            "dcat-ap-2.1.1/dcat-ap_2.1.1_shacl_range.ttl", "dcat-ap-2.1.1/dcat-ap_2.1.1_shacl_mdr-vocabularies.shape.ttl");
    private static final List<String> HVD_SHAPES = List.of("dcat-ap-hvd/hvd-SHACL.ttl");

    private final Shapes shapes;
    private final Graph vocabularies;
    private final boolean entailing;

    private OfficialShapes(Shapes shapes, Graph vocabularies, boolean entailing) {
        this.shapes = shapes;
        this.vocabularies = vocabularies;
        this.entailing = entailing;
    }

    public static OfficialShapes load() {
        return load(SPLIT_SHAPES, false);
    }

    /** The official shapes of DCAT-AP 2.1.1: existence, ranges and controlled vocabularies. */
    public static OfficialShapes dcatAp2() {
        return load(DCAT_AP_2_SHAPES, false);
    }

    /**
     * The official shapes of DCAT-AP HVD 3.0.0 (the SHACL template its specification links). They ask
     * URL values to be of class {@code rdfs:Resource} and datasets of class {@code dcat:Resource}, which
     * only RDFS entailment gives (SEMICeu/DCAT-AP issues #121, #125): those two entailments are added
     * to the data before it is judged, and nothing else.
     */
    public static OfficialShapes hvd() {
        return load(HVD_SHAPES, true);
    }

    private static OfficialShapes load(List<String> shapeFiles, boolean entailing) {
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        shapeFiles.forEach(file -> RDFParser.source(TestCatalog.shared("reference/" + file)).parse(shapesGraph));
        Graph vocabularies = GraphFactory.createDefaultGraph();
        try (Stream<Path> files = Files.list(TestCatalog.shared("reference/vocab"))) {
            files.filter(file -> file.toString().endsWith(".rdf")).sorted()
                    .forEach(file -> RDFParser.source(file).parse(vocabularies));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new OfficialShapes(Shapes.parse(shapesGraph), vocabularies, entailing);
    }

    /** The Violations whose focus node belongs to the data (not to the vocabularies), as "focus path". */
    public Set<String> violations(Graph given) {
        Graph data = entailing ? withEntailments(given) : given;
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(data, vocabularies));
        return violationKeys(report, data);
    }

    /** Each Violation on the data as "path: message (value)", to say what is wrong when a check fails. */
    public Set<String> violationMessages(Graph given) {
        Graph data = entailing ? withEntailments(given) : given;
        ValidationReport report = ShaclValidator.get().validate(shapes, new Union(data, vocabularies));
        Set<String> messages = new java.util.TreeSet<>();
        for (ReportEntry entry : report.getEntries()) {
            if (entry.severity() == Severity.Violation && inData(data, entry.focusNode())) {
                messages.add(entry.resultPath() + ": " + entry.message() + " (" + entry.value() + ")");
            }
        }
        return messages;
    }

    /** The data, every IRI in it an rdfs:Resource, and every DCAT resource class member a dcat:Resource. */
    private static Graph withEntailments(Graph data) {
        Graph entailed = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(entailed::add);
        Node type = RDF.type.asNode();
        Set<Node> iris = new HashSet<>();
        data.find().forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                iris.add(t.getSubject());
            }
            if (t.getObject().isURI() && !t.getPredicate().equals(type)) {
                iris.add(t.getObject());
            }
        });
        iris.forEach(iri -> entailed.add(iri, type, RDFS.Resource.asNode()));
        for (Node dcatClass : List.of(DCAT.Dataset.asNode(), DCAT.DataService.asNode(), DCAT.Catalog.asNode(),
                NodeFactory.createURI(DCAT.NS + "DatasetSeries"))) {
            data.find(Node.ANY, type, dcatClass).forEachRemaining(t -> entailed.add(t.getSubject(), type, DCAT.Resource.asNode()));
        }
        return entailed;
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
