package fr.hautsdeseine.catalog.store;

import fr.hautsdeseine.catalog.vocab.HDS;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The store's bookkeeping, kept in the graph {@code hds:storeState} and written in the same transaction
 * as the records it describes, so it is never out of step with them.
 *
 * @param baseUrl     the base URL the records were minted under
 * @param recordCount how many records the store holds under that base
 * @param revision    changes with every write that creates, changes or withdraws a record
 */
public record StoreState(String baseUrl, long recordCount, String revision) {
    private static final Node GRAPH = HDS.storeState.asNode();

    /** The state as last written, if any store write has written it. Call inside a transaction. */
    static Optional<StoreState> read(DatasetGraph dsg) {
        Optional<Node> base = value(dsg, HDS.baseUrl.asNode());
        Optional<Node> count = value(dsg, HDS.recordCount.asNode());
        Optional<Node> revision = value(dsg, HDS.revision.asNode());
        if (base.isEmpty() || count.isEmpty() || revision.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoreState(base.get().getLiteralLexicalForm(),
                    Long.parseLong(count.get().getLiteralLexicalForm()), revision.get().getLiteralLexicalForm()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The state after a write that changed records: the new count under a fresh revision. */
    StoreState changed(long newCount) {
        return new StoreState(baseUrl, newCount, UUID.randomUUID().toString());
    }

    /** Replaces the stored state. Call inside a write transaction. */
    void write(DatasetGraph dsg) {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        dsg.add(new Quad(GRAPH, GRAPH, HDS.baseUrl.asNode(), NodeFactory.createLiteralString(baseUrl)));
        dsg.add(new Quad(GRAPH, GRAPH, HDS.recordCount.asNode(),
                NodeFactory.createLiteralDT(Long.toString(recordCount), XSDDatatype.XSDinteger)));
        dsg.add(new Quad(GRAPH, GRAPH, HDS.revision.asNode(), NodeFactory.createLiteralString(revision)));
    }

    private static Optional<Node> value(DatasetGraph dsg, Node property) {
        Iterator<Quad> found = dsg.find(GRAPH, GRAPH, property, Node.ANY);
        if (!found.hasNext()) {
            return Optional.empty();
        }
        Node value = found.next().getObject();
        return value.isLiteral() ? Optional.of(value) : Optional.empty();
    }
}
