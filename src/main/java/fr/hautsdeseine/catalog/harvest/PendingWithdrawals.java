package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.vocab.HDS;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Records that their source stopped listing, with the day it first did, kept in the private graph
 * {@code {base}/graphs/private/harvest-gone} (never public): such a record is withdrawn only once the
 * grace period has passed, and forgotten here if it reappears first.
 */
final class PendingWithdrawals {
    private static final String GRAPH = "harvest-gone";

    private final CatalogStore store;
    private final Map<String, Instant> goneSince = new TreeMap<>();
    private final Map<String, String> origins = new TreeMap<>();

    private PendingWithdrawals(CatalogStore store) {
        this.store = store;
    }

    static PendingWithdrawals read(CatalogStore store) {
        PendingWithdrawals pending = new PendingWithdrawals(store);
        Graph graph = store.privateGraph(GRAPH);
        graph.find(Node.ANY, HDS.goneSince.asNode(), Node.ANY).forEachRemaining(t -> {
            String id = t.getSubject().getURI().substring(store.iris().privateGraphPrefix().length() + GRAPH.length() + 1);
            pending.goneSince.put(id, Instant.parse(t.getObject().getLiteralLexicalForm()));
            graph.find(t.getSubject(), HDS.origin.asNode(), Node.ANY)
                    .forEachRemaining(o -> pending.origins.put(id, o.getObject().getLiteralLexicalForm()));
        });
        return pending;
    }

    Optional<Instant> since(String id) {
        return Optional.ofNullable(goneSince.get(id));
    }

    void mark(String id, String origin, Instant since) {
        goneSince.put(id, since);
        origins.put(id, origin);
    }

    void forget(String id) {
        goneSince.remove(id);
        origins.remove(id);
    }

    /** The ids this source has pending, whatever became of their records since. */
    java.util.List<String> of(String origin) {
        return origins.entrySet().stream().filter(e -> e.getValue().equals(origin)).map(Map.Entry::getKey).toList();
    }

    void save() {
        Graph graph = GraphFactory.createDefaultGraph();
        goneSince.forEach((id, since) -> {
            Node entry = NodeFactory.createURI(store.iris().privateGraphPrefix() + GRAPH + "/" + id);
            graph.add(entry, HDS.goneSince.asNode(), NodeFactory.createLiteralDT(since.toString(), XSDDatatype.XSDdateTime));
            graph.add(entry, HDS.origin.asNode(), NodeFactory.createLiteralString(origins.get(id)));
        });
        store.replacePrivateGraph(GRAPH, graph);
    }
}
