package fr.hautsdeseine.catalog.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The other harvesters' doors, each read whole as its harvester reads it, in the same run as the
 * {@code hydra:next} walk of {@link CatalogPaging}: a full OAI-PMH {@code ListRecords} harvest in
 * {@code dcat_ap} (every record parsed as RDF/XML), and a full replay of the DCAT-AP Feed from its first
 * page (every page parsed as TriG, every activity applied).
 */
final class HarvestDoors implements Measurement {
    private static final Pattern TOKEN = Pattern.compile("<resumptionToken[^>]*>([^<]+)</resumptionToken>");
    private static final Pattern METADATA = Pattern.compile("<metadata>(.*?)</metadata>", Pattern.DOTALL);
    private static final String TREE_NODE = "https://w3id.org/tree#node";
    private static final String AS = "https://www.w3.org/ns/activitystreams#";
    private static final int MAX_REQUESTS = 100_000;

    @Override
    public String title() {
        return "OAI-PMH harvest and feed replay";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        int n = bench.datasets;
        long started = System.nanoTime();
        int[] oai = oaiHarvest(bench.client, bench.uri("/oai"));
        double oaiSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        int[] feed = feedReplay(bench.client, bench.uri("/feed/pages/1"));
        double feedSeconds = (System.nanoTime() - started) / 1e9;
        return List.of(
                Figure.of(n, "full OAI-PMH ListRecords harvest (dcat_ap)", round(oaiSeconds), "s").withNote(String.format(Locale.ROOT,
                        "%d records in %d lists, each record parsed as RDF/XML", oai[0], oai[1])),
                Figure.of(n, "full DCAT-AP Feed replay from page 1", round(feedSeconds), "s").withNote(String.format(Locale.ROOT,
                        "%d activities on %d pages parsed as TriG, %d datasets at the end", feed[0], feed[1], feed[2])));
    }

    /** Harvests every record; returns {records, lists}. */
    static int[] oaiHarvest(LoadClient client, URI oai) throws Exception {
        URI next = URI.create(oai + "?verb=ListRecords&metadataPrefix=dcat_ap");
        int records = 0;
        int lists = 0;
        while (next != null && lists < MAX_REQUESTS) {
            String body = body(client.get(next, "text/xml"), next);
            Matcher metadata = METADATA.matcher(body);
            while (metadata.find()) {
                Graph graph = GraphFactory.createDefaultGraph();
                RDFParser.fromString(metadata.group(1), Lang.RDFXML).parse(graph);
                records++;
            }
            lists++;
            Matcher token = TOKEN.matcher(body);
            next = token.find() ? URI.create(oai + "?verb=ListRecords&resumptionToken=" + token.group(1)) : null;
        }
        return new int[] {records, lists};
    }

    /** Replays the feed into memory; returns {activities, pages, datasets at the end}. */
    static int[] feedReplay(LoadClient client, URI firstPage) throws Exception {
        Map<Node, Graph> datasets = new HashMap<>();
        URI page = firstPage;
        int activities = 0;
        int pages = 0;
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        while (page != null && pages < MAX_REQUESTS) {
            DatasetGraph read = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(body(client.get(page, "application/trig"), page).getBytes(StandardCharsets.UTF_8)))
                    .lang(Lang.TRIG).parse(read);
            Graph g = read.getDefaultGraph();
            // A page's activities change different records or follow each other in sequence order, which the IRIs carry.
            List<Node> members = g.find(Node.ANY, NodeFactory.createURI(AS + "object"), Node.ANY)
                    .mapWith(t -> t.getSubject()).toList().stream()
                    .sorted((a, b) -> Long.compare(sequence(a), sequence(b))).toList();
            for (Node activity : members) {
                Node object = g.find(activity, NodeFactory.createURI(AS + "object"), Node.ANY).next().getObject();
                if (g.contains(activity, type, NodeFactory.createURI(AS + "Delete"))) {
                    datasets.remove(object);
                } else {
                    datasets.put(object, read.getGraph(activity));
                }
                activities++;
            }
            pages++;
            Optional<Node> next = g.find(Node.ANY, NodeFactory.createURI(TREE_NODE), Node.ANY).nextOptional().map(t -> t.getObject());
            page = next.map(node -> loopback(URI.create(node.getURI()), firstPage)).orElse(null);
        }
        return new int[] {activities, pages, datasets.size()};
    }

    private static long sequence(Node activity) {
        String iri = activity.getURI();
        return Long.parseLong(iri.substring(iri.lastIndexOf('/') + 1));
    }

    /** The server writes links under its public base; fetch them on loopback all the same. */
    private static URI loopback(URI link, URI server) {
        return URI.create("http://127.0.0.1:" + server.getPort() + link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery()));
    }

    private static String body(HttpResponse<byte[]> response, URI uri) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static double round(double seconds) {
        return Stats.round(seconds, 2);
    }
}
