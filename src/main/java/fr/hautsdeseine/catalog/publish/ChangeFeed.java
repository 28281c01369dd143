package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.vocab.LDES;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The DCAT-AP Feed (SEMIC's "DCAT-AP Feeds", a Linked Data Event Stream of Activity Streams activities)
 * of the catalog's datasets, made from the {@link ChangeHistory} and nothing else. Each change is an
 * {@code as:Create}, {@code as:Update} or {@code as:Delete} activity {@code {base}/feed/activities/{n}}
 * ({@code n} its change log sequence) with {@code as:object} the dataset and {@code as:published} the
 * time; the record as served after it is in the named graph of the activity. Two views:
 * <ul>
 * <li>by time: {@code {base}/feed/pages/{k}} holds the changes {@code (k-1)·}{@value #PAGE_SIZE}{@code +1}
 *     to {@code k·}{@value #PAGE_SIZE} of the log, linked by {@code tree:GreaterThanOrEqualToRelation} on
 *     {@code as:published}; a page whose range the log has passed never changes again;
 * <li>latest versions: {@code {base}/feed/latest}, each record's latest activity, in record-id order,
 *     {@value #PAGE_SIZE} a page.
 * </ul>
 */
public final class ChangeFeed {
    public static final int PAGE_SIZE = 100;

    private final ChangeHistory history;
    private final CatalogIris iris;

    public ChangeFeed(ChangeHistory history, CatalogIris iris) {
        this.history = history;
        this.iris = iris;
    }

    public String streamUrl() {
        return iris.base() + "/feed";
    }

    public String pageUrl(long page) {
        return streamUrl() + "/pages/" + page;
    }

    public String latestUrl(Optional<String> after) {
        return streamUrl() + "/latest" + after.map(id -> "?after=" + CatalogFilter.encode(id)).orElse("");
    }

    /** The page the log is filling now: the last one, whose content still changes. */
    public long openPage() {
        return Math.max(1, (history.lastSequence() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Whether the page will never change again: the log has gone past its range. */
    public boolean isClosed(long page) {
        return page < openPage();
    }

    /** The event stream itself: what it is, how to read it and its two views. */
    public DatasetGraph stream() {
        DatasetGraph feed = DatasetGraphFactory.createTxnMem();
        Graph g = feed.getDefaultGraph();
        describeStream(g);
        Node first = uri(pageUrl(1));
        Node latest = uri(latestUrl(Optional.empty()));
        g.add(streamNode(), LDES.view.asNode(), first);
        g.add(streamNode(), LDES.view.asNode(), latest);
        g.add(first, RDF.type.asNode(), LDES.Node.asNode());
        describeLatestView(g, latest);
        return withPrefixes(feed);
    }

    /** A page of the time-based view; empty when the page does not exist yet. */
    public Optional<DatasetGraph> page(long page) {
        if (page < 1 || page > openPage()) {
            return Optional.empty();
        }
        DatasetGraph feed = DatasetGraphFactory.createTxnMem();
        Graph g = feed.getDefaultGraph();
        describeStream(g);
        Node node = uri(pageUrl(page));
        g.add(node, RDF.type.asNode(), LDES.Node.asNode());
        long last = page * PAGE_SIZE;
        List<ChangeHistory.Change> changes = history.between(last - PAGE_SIZE + 1, last);
        members(feed, changes);
        if (isClosed(page)) {
            Instant from = history.firstFrom(last + 1).map(ChangeHistory.Change::time)
                    .orElseGet(() -> changes.isEmpty() ? Instant.EPOCH : changes.get(changes.size() - 1).time());
            Node relation = NodeFactory.createBlankNode();
            g.add(node, LDES.relation.asNode(), relation);
            g.add(relation, RDF.type.asNode(), LDES.GreaterThanOrEqualToRelation.asNode());
            g.add(relation, LDES.path.asNode(), LDES.published.asNode());
            g.add(relation, LDES.value.asNode(), dateTime(from));
            g.add(relation, LDES.node.asNode(), uri(pageUrl(page + 1)));
        }
        return Optional.of(withPrefixes(feed));
    }

    /** A page of the latest-version view: the latest activity of each record after {@code after}, by id. */
    public DatasetGraph latest(Optional<String> after) {
        DatasetGraph feed = DatasetGraphFactory.createTxnMem();
        Graph g = feed.getDefaultGraph();
        describeStream(g);
        Node node = uri(latestUrl(after));
        describeLatestView(g, node);
        List<ChangeHistory.Change> all = history.latest();
        int start = 0;
        if (after.isPresent()) {
            while (start < all.size() && all.get(start).recordId().compareTo(after.get()) <= 0) {
                start++;
            }
        }
        List<ChangeHistory.Change> page = all.subList(start, Math.min(all.size(), start + PAGE_SIZE));
        members(feed, page);
        if (start + page.size() < all.size()) {
            Node relation = NodeFactory.createBlankNode();
            g.add(node, LDES.relation.asNode(), relation);
            g.add(relation, RDF.type.asNode(), LDES.Relation.asNode());
            g.add(relation, LDES.node.asNode(), uri(latestUrl(Optional.of(page.get(page.size() - 1).recordId()))));
        }
        return withPrefixes(feed);
    }

    private void members(DatasetGraph feed, List<ChangeHistory.Change> changes) {
        Map<Long, Graph> states = history.statesAfter(changes);
        changes.forEach(change -> member(feed, change, Optional.ofNullable(states.get(change.sequence()))));
    }

    private void member(DatasetGraph feed, ChangeHistory.Change change, Optional<Graph> state) {
        Graph g = feed.getDefaultGraph();
        Node activity = uri(streamUrl() + "/activities/" + change.sequence());
        g.add(streamNode(), LDES.member.asNode(), activity);
        Node type = switch (change.activity()) {
            case CREATE -> LDES.Create.asNode();
            case UPDATE -> LDES.Update.asNode();
            case DELETE -> LDES.Delete.asNode();
        };
        g.add(activity, RDF.type.asNode(), type);
        g.add(activity, LDES.object.asNode(), change.object());
        g.add(activity, LDES.published.asNode(), dateTime(change.time()));
        state.ifPresent(graph ->
                graph.find().forEachRemaining(t -> feed.add(activity, t.getSubject(), t.getPredicate(), t.getObject())));
    }

    private void describeStream(Graph g) {
        Node stream = streamNode();
        g.add(stream, RDF.type.asNode(), LDES.EventStream.asNode());
        g.add(stream, LDES.timestampPath.asNode(), LDES.published.asNode());
        g.add(stream, LDES.versionOfPath.asNode(), LDES.object.asNode());
        g.add(stream, DCTerms.conformsTo.asNode(), LDES.DCAT_AP_FEEDS.asNode());
        g.add(stream, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Flux des changements du catalogue", "fr"));
        g.add(stream, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Change feed of the catalog", "en"));
        g.add(stream, DCTerms.isPartOf.asNode(), iris.catalog());
    }

    private static void describeLatestView(Graph g, Node node) {
        g.add(node, RDF.type.asNode(), LDES.Node.asNode());
        Node description = NodeFactory.createBlankNode();
        Node policy = NodeFactory.createBlankNode();
        g.add(node, LDES.viewDescription.asNode(), description);
        g.add(description, RDF.type.asNode(), LDES.ViewDescription.asNode());
        g.add(description, LDES.retentionPolicy.asNode(), policy);
        g.add(policy, RDF.type.asNode(), LDES.LatestVersionSubset.asNode());
        g.add(policy, LDES.amount.asNode(), NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
    }

    private Node streamNode() {
        return uri(streamUrl());
    }

    private static DatasetGraph withPrefixes(DatasetGraph feed) {
        feed.prefixes().putAll(Prefixes.COMMON);
        feed.prefixes().add("ldes", LDES.NS);
        feed.prefixes().add("tree", LDES.TREE_NS);
        feed.prefixes().add("as", LDES.AS_NS);
        return feed;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
