package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.publish.Closure;
import fr.hautsdeseine.catalog.publish.GeneratedRecords;
import fr.hautsdeseine.catalog.publish.Harvest;
import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.publish.Parsed;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.vocab.LDES;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DCAT-AP Feed, replayed as a harvester would, against a full walk of /catalog. */
class ChangeFeedTest {
    @FreshCatalog(demo = true)
    static TestCatalog catalog;

    @BeforeAll
    static void start() {
        CatalogStore store = catalog.server().store();
        // Creates, updates and withdrawals, by the API and by the store, enough for three pages.
        store.putAll(GeneratedRecords.records(store.iris(), "gen", 0, 180), "test");
        String colleges = TestCatalog.resource("/records/one-dataset.ttl");
        assertThat(catalog.write("PUT", "/api/datasets/colleges", "text/turtle", colleges).statusCode()).isEqualTo(201);
        assertThat(catalog.write("PUT", "/api/datasets/colleges", "text/turtle",
                colleges.replace("2024-09-01", "2024-10-01")).statusCode()).isEqualTo(200);
        assertThat(catalog.delete("/api/datasets/communes").statusCode()).isEqualTo(204);
        assertThat(catalog.delete("/api/datasets/gen-00007").statusCode()).isEqualTo(204);
        store.putAll(List.of(GeneratedRecords.record(store.iris(), "gen-00007")), "test");
        store.putAll(GeneratedRecords.records(store.iris(), "gen", 100, 20).stream()
                .map(r -> {
                    r.content().add(r.dataset(), org.apache.jena.vocabulary.DCTerms.title.asNode(),
                            NodeFactory.createLiteralLang("Modifié", "fr"));
                    return r;
                }).toList(), "test");
        assertThat(catalog.delete("/api/datasets/gen-00150").statusCode()).isEqualTo(204);
    }

    /** One activity of the feed, as a harvester reads it. */
    private record Activity(Node iri, Node type, Node object, Instant published, Graph state) {
    }

    @Test
    void replaying_the_feed_from_its_first_page_gives_the_datasets_of_a_full_walk_of_the_catalog() {
        Map<Node, Graph> replayed = new HashMap<>();
        List<Activity> activities = new ArrayList<>();
        List<String> pages = walk(firstPage(), activities);
        // Activities in the order they were published; the activity IRI breaks ties within one write.
        activities.sort(Comparator.comparing(Activity::published).thenComparing(a -> sequence(a.iri())));
        for (Activity activity : activities) {
            if (activity.type().equals(LDES.Delete.asNode())) {
                replayed.remove(activity.object());
            } else {
                replayed.put(activity.object(), activity.state());
            }
        }

        Map<Node, Graph> catalogPages = new HashMap<>();
        for (Harvest.Page page : Harvest.walk(catalog, "/catalog.ttl?page_size=50", OutputSyntax.TURTLE)) {
            page.graph().find(Node.ANY, DCAT.dataset.asNode(), Node.ANY)
                    .forEachRemaining(t -> catalogPages.put(t.getObject(), page.graph()));
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(activities).extracting(Activity::type).contains(LDES.Create.asNode(), LDES.Update.asNode(), LDES.Delete.asNode());
        assertThat(replayed.keySet()).containsExactlyInAnyOrderElementsOf(catalogPages.keySet());
        // Publishers and licences are described in several records and in the catalog's own description, and a
        // page merges them: each record's own resources must match whole, and its shared ones be on its page.
        Map<Node, Integer> describedBy = new HashMap<>();
        replayed.values().forEach(g -> Closure.subjects(g).forEach(s -> describedBy.merge(s, 1, Integer::sum)));
        Set<Node> catalogOwn = Closure.subjects(catalog.server().store().catalogDescription().orElseThrow());
        for (Map.Entry<Node, Graph> dataset : replayed.entrySet()) {
            Graph page = catalogPages.get(dataset.getKey());
            Set<Node> own = new HashSet<>();
            for (Node subject : Closure.subjects(dataset.getValue())) {
                if (describedBy.get(subject) == 1 && !catalogOwn.contains(subject)) {
                    own.add(subject);
                }
            }
            assertThat(own).contains(dataset.getKey());
            assertThat(Closure.of(dataset.getValue(), own).isIsomorphicWith(Closure.of(page, own)))
                    .as("%s replayed from the feed, against /catalog", dataset.getKey()).isTrue();
            dataset.getValue().find().filterKeep(t -> !own.contains(t.getSubject()) && t.getSubject().isURI())
                    .forEachRemaining(t -> assertThat(page.contains(t)).as("%s on the page of %s", t, dataset.getKey()).isTrue());
        }
    }

    @Test
    void closed_pages_are_cached_for_a_year_and_the_open_page_is_revalidated() {
        List<String> pages = walk(firstPage(), new ArrayList<>());
        String open = pages.get(pages.size() - 1);

        HttpResponse<String> closed = catalog.get(path(pages.get(0)), "Accept", "application/trig");
        HttpResponse<String> last = catalog.get(path(open), "Accept", "application/trig");
        HttpResponse<String> again = catalog.get(path(pages.get(0)), "If-None-Match", closed.headers().firstValue("ETag").orElseThrow());

        assertThat(closed.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(last.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(catalog.get(path(open).replaceAll("/\\d+$", "/" + (pages.size() + 1))).statusCode()).isEqualTo(404);
    }

    @Test
    void a_page_in_json_ld_carries_the_same_dataset_as_in_trig() {
        DatasetGraph trig = parse(catalog.get("/feed/pages/2.trig").body(), Lang.TRIG);
        DatasetGraph jsonld = parse(catalog.get("/feed/pages/2", "Accept", "application/ld+json").body(), Lang.JSONLD);

        assertThat(trig.getDefaultGraph().isIsomorphicWith(jsonld.getDefaultGraph())).isTrue();
        List<Node> names = new ArrayList<>();
        trig.listGraphNodes().forEachRemaining(names::add);
        assertThat(names).hasSizeGreaterThan(10);
        for (Node name : names) {
            assertThat(trig.getGraph(name).isIsomorphicWith(jsonld.getGraph(name))).as(name.toString()).isTrue();
        }
    }

    @Test
    void the_latest_version_view_holds_each_record_once_with_its_last_activity() {
        Map<Node, Node> lastType = new HashMap<>();
        String next = "/feed/latest";
        int pages = 0;
        while (next != null) {
            DatasetGraph page = parse(catalog.get(next, "Accept", "application/trig").body(), Lang.TRIG);
            Graph g = page.getDefaultGraph();
            g.find(Node.ANY, LDES.object.asNode(), Node.ANY).forEachRemaining(t -> {
                Node type = g.find(t.getSubject(), RDF.type.asNode(), Node.ANY).next().getObject();
                assertThat(lastType.put(t.getObject(), type)).as("%s listed twice", t.getObject()).isNull();
            });
            Optional<Node> relation = g.find(Node.ANY, LDES.node.asNode(), Node.ANY).nextOptional().map(t -> t.getObject());
            next = relation.map(node -> path(node.getURI())).orElse(null);
            pages++;
        }

        CatalogStore store = catalog.server().store();
        assertThat(pages).isEqualTo(3);
        assertThat(lastType.get(store.iris().dataset("gen-00150"))).isEqualTo(LDES.Delete.asNode());
        assertThat(lastType.get(store.iris().dataset("gen-00007"))).isEqualTo(LDES.Create.asNode());
        assertThat(lastType.get(store.iris().dataset("gen-00100"))).isEqualTo(LDES.Update.asNode());
        assertThat(lastType.entrySet().stream().filter(e -> !e.getValue().equals(LDES.Delete.asNode())).count())
                .isEqualTo(store.recordIds().size());
    }

    @Test
    void the_catalog_and_the_sparql_service_description_point_to_the_feed() {
        Graph page = Parsed.jena(catalog.get("/catalog.ttl?page_size=1").body(), OutputSyntax.TURTLE);
        String description = catalog.get("/sparql", "Accept", "text/turtle").body();
        Node feed = NodeFactory.createURI(catalog.url("/feed"));

        assertThat(page.contains(NodeFactory.createURI(catalog.url("/catalog")), RDFS.seeAlso.asNode(), feed)).isTrue();
        assertThat(page.contains(feed, RDF.type.asNode(), LDES.EventStream.asNode())).isTrue();
        assertThat(description).contains("<" + catalog.url("/feed") + ">");
    }

    /** The first page of the time-based view, from the event stream's description. */
    private static String firstPage() {
        DatasetGraph stream = parse(catalog.get("/feed").body(), Lang.TRIG);
        Node streamNode = NodeFactory.createURI(catalog.url("/feed"));
        assertThat(stream.getDefaultGraph().contains(streamNode, RDF.type.asNode(), LDES.EventStream.asNode())).isTrue();
        return stream.getDefaultGraph().find(streamNode, LDES.view.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getObject().getURI()).filter(uri -> uri.contains("/pages/")).findFirst().orElseThrow();
    }

    /** Reads every page from the first by tree:relation, collecting the activities; returns the pages' URLs. */
    private static List<String> walk(String first, List<Activity> activities) {
        List<String> pages = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        String url = first;
        while (url != null) {
            pages.add(url);
            HttpResponse<String> response = catalog.get(path(url));
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/trig; charset=utf-8");
            DatasetGraph page = parse(response.body(), Lang.TRIG);
            Graph g = page.getDefaultGraph();
            for (var member : g.find(Node.ANY, LDES.member.asNode(), Node.ANY).toList()) {
                Node iri = member.getObject();
                assertThat(seen.add(iri)).as("%s on one page only", iri).isTrue();
                Node type = g.find(iri, RDF.type.asNode(), Node.ANY).next().getObject();
                Node object = g.find(iri, LDES.object.asNode(), Node.ANY).next().getObject();
                Instant published = Instant.parse(g.find(iri, LDES.published.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
                Graph state = GraphFactory.createDefaultGraph();
                page.getGraph(iri).find().forEachRemaining(state::add);
                activities.add(new Activity(iri, type, object, published, state));
            }
            url = g.find(Node.ANY, LDES.node.asNode(), Node.ANY).nextOptional().map(t -> t.getObject().getURI()).orElse(null);
            assertThat(pages.size()).isLessThan(1000);
        }
        return pages;
    }

    private static long sequence(Node activity) {
        String iri = activity.getURI();
        return Long.parseLong(iri.substring(iri.lastIndexOf('/') + 1));
    }

    private static String path(String url) {
        return url.substring(catalog.url("").length());
    }

    private static DatasetGraph parse(String body, Lang lang) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(body, lang).base(catalog.url("/")).parse(dataset);
        return dataset;
    }
}
