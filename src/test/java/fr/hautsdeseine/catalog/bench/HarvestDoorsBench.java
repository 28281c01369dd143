package fr.hautsdeseine.catalog.bench;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.publish.GeneratedRecords;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Times, at N generated datasets (default 10,000), a full OAI-PMH harvest and a full feed replay beside a
 * full {@code hydra:next} walk, in one server, without the rest of the suite. Not a test: run it by hand
 * (see docs/publication.md).
 */
public final class HarvestDoorsBench {
    private HarvestDoorsBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("doors-bench");
        try {
            try (TestCatalog catalog = TestCatalog.start(dir)) {
                CatalogStore store = catalog.server().store();
                for (int from = 0; from < count; from += 1000) {
                    store.putAll(GeneratedRecords.records(store.iris(), "gen", from, Math.min(1000, count - from)), "bench");
                }
                LoadClient client = new LoadClient(1);
                URI base = URI.create(catalog.url(""));
                long started = System.nanoTime();
                int pages = 0;
                URI page = URI.create(base + "/catalog.ttl");
                while (page != null) {
                    Graph graph = GraphFactory.createDefaultGraph();
                    RDFParser.fromString(new String(client.get(page, "text/turtle").body(), StandardCharsets.UTF_8), Lang.TURTLE)
                            .parse(graph);
                    Optional<Node> next = graph.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/hydra/core#next"), Node.ANY)
                            .nextOptional().map(t -> t.getObject());
                    page = next.map(node -> URI.create(node.getURI())).orElse(null);
                    pages++;
                }
                double walk = (System.nanoTime() - started) / 1e9;
                started = System.nanoTime();
                int[] oai = HarvestDoors.oaiHarvest(client, URI.create(base + "/oai"));
                double harvest = (System.nanoTime() - started) / 1e9;
                started = System.nanoTime();
                int[] feed = HarvestDoors.feedReplay(client, URI.create(base + "/feed/pages/1"));
                double replay = (System.nanoTime() - started) / 1e9;
                System.out.printf(Locale.ROOT, "%,d datasets%n", count);
                System.out.printf(Locale.ROOT, "hydra:next walk      %6.2f s (%d pages of Turtle)%n", walk, pages);
                System.out.printf(Locale.ROOT, "OAI-PMH ListRecords  %6.2f s (%d records in %d lists, dcat_ap)%n", harvest, oai[0], oai[1]);
                System.out.printf(Locale.ROOT, "DCAT-AP Feed replay  %6.2f s (%d activities on %d pages, %d datasets)%n",
                        replay, feed[0], feed[1], feed[2]);
            }
        } finally {
            Files2.delete(dir);   // gigabytes at 10,000 datasets: never left behind in the temporary directory
        }
    }
}
