package fr.hautsdeseine.catalog.quality;

import fr.hautsdeseine.catalog.store.CatalogStore;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Each checked URL's last result and its recent history (the last {@value #HISTORY} checks), kept in
 * memory and saved in the private graph {@code links}: bookkeeping, not published.
 */
public final class LinkRegistry implements LinkStatuses {
    static final int HISTORY = 10;
    private static final String NS = "https://opendata.hauts-de-seine.fr/ns/catalog#";
    private static final Node CHECK = NodeFactory.createURI(NS + "linkCheck");
    private static final Node OUTCOME = NodeFactory.createURI(NS + "linkOutcome");
    private static final Node STATUS = NodeFactory.createURI(NS + "httpStatus");
    private static final Node METHOD = NodeFactory.createURI(NS + "httpMethod");
    private static final Node CHECKED_AT = NodeFactory.createURI(NS + "checkedAt");

    private final CatalogStore store;
    private final Node graph;
    private final Map<String, Deque<LinkResult>> byUrl = new HashMap<>();

    private LinkRegistry(CatalogStore store) {
        this.store = store;
        this.graph = store.iris().privateGraph("links");
    }

    /** The registry as last saved in the store. */
    public static LinkRegistry load(CatalogStore store) {
        LinkRegistry registry = new LinkRegistry(store);
        store.graph(registry.graph).ifPresent(registry::read);
        return registry;
    }

    @Override
    public synchronized boolean reachable(String url) {
        Deque<LinkResult> history = byUrl.get(url);
        return history != null && history.peekFirst().reachable();
    }

    public synchronized Optional<LinkResult> last(String url) {
        return Optional.ofNullable(byUrl.get(url)).map(Deque::peekFirst);
    }

    /** The URL's checks, newest first. */
    public synchronized List<LinkResult> history(String url) {
        return byUrl.containsKey(url) ? List.copyOf(byUrl.get(url)) : List.of();
    }

    public synchronized boolean isEmpty() {
        return byUrl.isEmpty();
    }

    /** Notes the results of a run, then saves the whole registry. */
    public void record(Map<String, LinkResult> results) {
        Graph saved;
        synchronized (this) {
            results.values().forEach(result -> {
                Deque<LinkResult> history = byUrl.computeIfAbsent(result.url(), url -> new ArrayDeque<>());
                history.addFirst(result);
                while (history.size() > HISTORY) {
                    history.removeLast();
                }
            });
            saved = write();
        }
        store.replaceDerivedGraphs(Map.of(graph, saved));
    }

    private Graph write() {
        Graph out = GraphFactory.createDefaultGraph();
        byUrl.forEach((url, history) -> {
            Node subject = NodeFactory.createURI(url);
            for (LinkResult result : history) {
                Node check = NodeFactory.createBlankNode();
                out.add(subject, CHECK, check);
                out.add(check, OUTCOME, NodeFactory.createLiteralString(result.outcome().code()));
                out.add(check, STATUS, NodeFactory.createLiteralDT(Integer.toString(result.status()), XSDDatatype.XSDinteger));
                out.add(check, METHOD, NodeFactory.createLiteralString(result.method()));
                out.add(check, CHECKED_AT, NodeFactory.createLiteralDT(result.checkedAt().toString(), XSDDatatype.XSDdateTime));
            }
        });
        return out;
    }

    private void read(Graph saved) {
        Map<String, List<LinkResult>> found = new HashMap<>();
        saved.find(Node.ANY, CHECK, Node.ANY).forEachRemaining(t -> {
            Node check = t.getObject();
            String url = t.getSubject().getURI();
            found.computeIfAbsent(url, u -> new ArrayList<>()).add(new LinkResult(url,
                    LinkOutcome.ofCode(text(saved, check, OUTCOME)), Integer.parseInt(text(saved, check, STATUS)),
                    text(saved, check, METHOD), Instant.parse(text(saved, check, CHECKED_AT))));
        });
        found.forEach((url, results) -> {
            results.sort(Comparator.comparing(LinkResult::checkedAt).reversed());
            byUrl.put(url, new ArrayDeque<>(results));
        });
    }

    private static String text(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).next().getLiteralLexicalForm();
    }
}
