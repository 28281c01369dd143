package fr.hautsdeseine.catalog.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * Builds the data graph a record is validated in: the record, plus only the vocabulary facts it can
 * reach (the concepts it uses, their schemes) and the class axioms. Validating against the whole
 * vocabulary set would make every SPARQL target and class check scan thousands of concepts.
 */
final class BackgroundData {
    /** A concept, then its scheme or broader concept: enough for every rule of the shapes. */
    private static final int HOPS = 2;

    private final Supplier<Graph> source;
    private Graph vocabularies;
    private List<Triple> axioms;

    BackgroundData(Supplier<Graph> vocabularies) {
        this.source = vocabularies;
    }

    /** The vocabularies are read on the first validation, not when the server starts. */
    private synchronized void load() {
        if (vocabularies == null) {
            vocabularies = source.get();
            axioms = vocabularies.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).toList();
        }
    }

    Graph around(Graph record) {
        load();
        Graph data = GraphFactory.createDefaultGraph();
        record.find().forEachRemaining(data::add);
        axioms.forEach(data::add);
        Set<Node> seen = new HashSet<>();
        Deque<Node> frontier = new ArrayDeque<>();
        for (Triple t : record.find().toList()) {
            add(t.getObject(), seen, frontier);
            add(t.getSubject(), seen, frontier);
        }
        for (int hop = 0; hop < HOPS && !frontier.isEmpty(); hop++) {
            Deque<Node> next = new ArrayDeque<>();
            for (Node node : frontier) {
                for (Triple t : vocabularies.find(node, Node.ANY, Node.ANY).toList()) {
                    data.add(t);
                    add(t.getObject(), seen, next);
                }
            }
            frontier = next;
        }
        return data;
    }

    private static void add(Node node, Set<Node> seen, Deque<Node> frontier) {
        if (node.isURI() && seen.add(node)) {
            frontier.add(node);
        }
    }
}
