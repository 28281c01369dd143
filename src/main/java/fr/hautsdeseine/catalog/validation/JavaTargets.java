package fr.hautsdeseine.catalog.validation;

import fr.hautsdeseine.catalog.vocab.DCAT3;
import fr.hautsdeseine.catalog.vocab.DCATAP;
import fr.hautsdeseine.catalog.vocab.HDS;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SPARQL targets of our shapes, found in Java. The shapes give them as SPARQL targets, the standard way to
 * say "every member of a notice's column list" or "every distribution of a dataset under the HVD regulation";
 * jena-shacl parses a SPARQL target's query again at each validation, which was a third of an import's
 * validation time. Each function here finds the same nodes as its shape's query (JavaTargetsTest runs both), and
 * stands in for that target once the shapes are parsed.
 */
final class JavaTargets {
    private static final Logger log = LoggerFactory.getLogger(JavaTargets.class);
    private static final String SHAPES = "https://opendata.hauts-de-seine.fr/ns/shapes#";
    private static final Node TABLE_SCHEMA = NodeFactory.createURI("http://www.w3.org/ns/csvw#tableSchema");
    private static final Node COLUMN = NodeFactory.createURI("http://www.w3.org/ns/csvw#column");
    private static final Node LEGISLATION = DCATAP.applicableLegislation.asNode();
    private static final Node HVD = DCATAP.HVD_REGULATION.asNode();

    /** Each shape whose SPARQL target is found here, with the function that finds its nodes in a data graph. */
    static final Map<Node, Function<Graph, Collection<Node>>> BY_SHAPE = Map.of(
            shape("Portal-Column"), JavaTargets::noticeColumns,
            shape("HVD-Dataset"), data -> underHvd(data, DCAT.Dataset.asNode()),
            shape("HVD-DatasetSeries"), data -> underHvd(data, DCAT3.DatasetSeries.asNode()),
            shape("HVD-Distribution"), JavaTargets::hvdDistributions,
            shape("HVD-DataService"), JavaTargets::hvdDataServices);

    private JavaTargets() {
    }

    /**
     * Puts these targets in place of the shapes' SPARQL targets; the number replaced. A shape keeps its SPARQL target
     * (slower, same results) if a jena-shacl version no longer lets a parsed shape's targets change.
     */
    static int install(Shapes shapes) {
        int installed = 0;
        for (Map.Entry<Node, Function<Graph, Collection<Node>>> java : BY_SHAPE.entrySet()) {
            Shape shape = shapes.getShape(java.getKey());
            if (shape != null && replace(shape, java.getValue())) {
                installed++;
            }
        }
        return installed;
    }

    private static boolean replace(Shape shape, Function<Graph, Collection<Node>> nodes) {
        Collection<Target> targets = shape.getTargets();
        if (targets.size() != 1 || targets.iterator().next().getTargetType() != TargetType.targetExtension) {
            return false;
        }
        Target sparql = targets.iterator().next();
        try {
            targets.remove(sparql);
            targets.add(new InJava(sparql, nodes));
            return true;
        } catch (UnsupportedOperationException e) {
            log.debug("[validation] {} keeps its SPARQL target: {}", shape.getShapeNode(), e.toString());
            return false;
        }
    }

    /** Whether the shape's target is found here. */
    static boolean installedOn(Shape shape) {
        return shape.getTargets().stream().anyMatch(InJava.class::isInstance);
    }

    /** The same target as the one it replaces (its node in the shapes graph too), its nodes found in Java. */
    private static final class InJava extends Target {
        InJava(Target replaced, Function<Graph, Collection<Node>> nodes) {
            super(TargetType.targetExtension, replaced.getObject(), replaced.getShapesGraph(), (data, target) -> nodes.apply(data));
        }
    }

    /** Every member of the column list of every notice's table schema. */
    static Collection<Node> noticeColumns(Graph data) {
        Set<Node> columns = new LinkedHashSet<>();
        for (Node notice : objects(data, Node.ANY, HDS.notice.asNode())) {
            for (Node schema : objects(data, notice, TABLE_SCHEMA)) {
                for (Node list : objects(data, schema, COLUMN)) {
                    membersOf(data, list, columns);
                }
            }
        }
        return columns;
    }

    /** Resources of this type that name the HVD regulation as their applicable legislation. */
    static Collection<Node> underHvd(Graph data, Node type) {
        Set<Node> found = new LinkedHashSet<>();
        for (Node subject : subjects(data, LEGISLATION, HVD)) {
            if (data.contains(subject, RDF.type.asNode(), type)) {
                found.add(subject);
            }
        }
        return found;
    }

    /** The distributions of anything that names the HVD regulation. */
    static Collection<Node> hvdDistributions(Graph data) {
        Set<Node> found = new LinkedHashSet<>();
        for (Node dataset : subjects(data, LEGISLATION, HVD)) {
            found.addAll(objects(data, dataset, DCAT.distribution.asNode()));
        }
        return found;
    }

    /**
     * Data services that name the HVD regulation, serve something that does, or are the access service of a
     * distribution of something that does.
     */
    static Collection<Node> hvdDataServices(Graph data) {
        Set<Node> found = new LinkedHashSet<>(underHvd(data, DCAT.DataService.asNode()));
        for (Node dataset : subjects(data, LEGISLATION, HVD)) {
            found.addAll(subjects(data, DCAT.servesDataset.asNode(), dataset));
            for (Node distribution : objects(data, dataset, DCAT.distribution.asNode())) {
                found.addAll(objects(data, distribution, DCAT.accessService.asNode()));
            }
        }
        return found;
    }

    /** As the path rdf:rest* then rdf:first from a list's head: every branch followed, each cell once. */
    private static void membersOf(Graph data, Node head, Set<Node> into) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> cells = new ArrayDeque<>(List.of(head));
        while (!cells.isEmpty()) {
            Node cell = cells.pop();
            if (seen.add(cell)) {
                into.addAll(objects(data, cell, RDF.first.asNode()));
                cells.addAll(objects(data, cell, RDF.rest.asNode()));
            }
        }
    }

    private static List<Node> objects(Graph data, Node subject, Node property) {
        return data.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static List<Node> subjects(Graph data, Node property, Node object) {
        return data.find(Node.ANY, property, object).mapWith(Triple::getSubject).toList();
    }

    private static Node shape(String name) {
        return NodeFactory.createURI(SHAPES + name);
    }
}
