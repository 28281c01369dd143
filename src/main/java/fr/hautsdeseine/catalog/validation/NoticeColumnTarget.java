package fr.hautsdeseine.catalog.validation;

import fr.hautsdeseine.catalog.vocab.HDS;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The target of the notice-column shape ({@code hdsh:Portal-Column} in shapes/portal-profile.ttl), found in Java.
 * The shapes give it as a SPARQL target, the standard way to say "every member of a notice's column list";
 * jena-shacl parses a SPARQL target's query again at each validation, which was a third of an import's
 * validation time. This finds the same nodes (every {@code rdf:first} along {@code csvw:column/rdf:rest*} of a
 * notice's table schema) without a query, and stands in for that target once the shapes are parsed.
 */
final class NoticeColumnTarget {
    private static final Logger log = LoggerFactory.getLogger(NoticeColumnTarget.class);
    static final Node SHAPE = NodeFactory.createURI("https://opendata.hauts-de-seine.fr/ns/shapes#Portal-Column");
    private static final Node TABLE_SCHEMA = NodeFactory.createURI("http://www.w3.org/ns/csvw#tableSchema");
    private static final Node COLUMN = NodeFactory.createURI("http://www.w3.org/ns/csvw#column");

    private NoticeColumnTarget() {
    }

    /**
     * Puts this target in place of the column shape's SPARQL target; true when it did. The shapes keep the
     * SPARQL target (slower, same results) if a jena-shacl version no longer lets a parsed shape's targets change.
     */
    static boolean install(Shapes shapes) {
        Shape shape = shapes.getShape(SHAPE);
        if (shape == null) {
            return false;
        }
        Collection<Target> targets = shape.getTargets();
        List<Target> sparql = targets.stream().filter(t -> t.getTargetType() == TargetType.targetExtension).toList();
        if (sparql.size() != 1 || targets.size() != 1) {
            return false;
        }
        Target replaced = sparql.get(0);
        try {
            targets.remove(replaced);
            targets.add(new InJava(replaced));
            return true;
        } catch (UnsupportedOperationException e) {
            log.debug("[validation] notice columns keep their SPARQL target: {}", e.toString());
            return false;
        }
    }

    /** Whether the shape's target is this one. */
    static boolean installedOn(Shape shape) {
        return shape.getTargets().stream().anyMatch(InJava.class::isInstance);
    }

    /** The same target as the one it replaces (its node in the shapes graph too), its nodes found by {@link #columns}. */
    private static final class InJava extends Target {
        InJava(Target replaced) {
            super(TargetType.targetExtension, replaced.getObject(), replaced.getShapesGraph(), (data, target) -> columns(data));
        }
    }

    /** Every member of the column list of every notice's table schema, in the data graph. */
    static Set<Node> columns(Graph data) {
        Set<Node> columns = new LinkedHashSet<>();
        for (Triple notice : data.find(Node.ANY, HDS.notice.asNode(), Node.ANY).toList()) {
            for (Triple schema : data.find(notice.getObject(), TABLE_SCHEMA, Node.ANY).toList()) {
                for (Triple list : data.find(schema.getObject(), COLUMN, Node.ANY).toList()) {
                    membersOf(data, list.getObject(), columns);
                }
            }
        }
        return columns;
    }

    /** As the path rdf:rest* then rdf:first from a list's head: every branch followed, each cell once. */
    private static void membersOf(Graph data, Node head, Set<Node> into) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> cells = new ArrayDeque<>(List.of(head));
        while (!cells.isEmpty()) {
            Node cell = cells.pop();
            if (!seen.add(cell)) {
                continue;
            }
            data.find(cell, RDF.first.asNode(), Node.ANY).forEachRemaining(t -> into.add(t.getObject()));
            data.find(cell, RDF.rest.asNode(), Node.ANY).forEachRemaining(t -> cells.push(t.getObject()));
        }
    }
}
