package fr.hautsdeseine.catalog.replica;

import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.vocab.HDS;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The last change log entry Kafka acknowledged, kept in the private graph {@code replication} so that a
 * restarted primary ships from there. Saved after the acknowledgement: a crash in between ships some
 * entries twice, which replicas pass over by their sequence; never one too few.
 */
final class ShippedPosition {
    static final String GRAPH = "replication";

    private final CatalogStore store;
    private final Node subject;

    ShippedPosition(CatalogStore store) {
        this.store = store;
        this.subject = store.iris().privateGraph(GRAPH);
    }

    long load() {
        Graph graph = store.privateGraph(GRAPH);
        var found = graph.find(subject, HDS.shippedSequence.asNode(), Node.ANY);
        return found.hasNext() ? Long.parseLong(found.next().getObject().getLiteralLexicalForm()) : 0;
    }

    void save(long sequence) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(subject, HDS.shippedSequence.asNode(),
                NodeFactory.createLiteralDT(Long.toString(sequence), XSDDatatype.XSDlong)));
        store.replacePrivateGraph(GRAPH, graph);
    }
}
