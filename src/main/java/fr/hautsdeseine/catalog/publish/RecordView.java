package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.index.RecordFactsReader;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.vocab.DCATAP;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * A stored record as the catalog serves it, on its own route and on catalog pages alike. Done
 * when serving, not when storing, so that stored records stay what their publisher sent and a new
 * base URL moves every link at once:
 * <ul>
 * <li>a dataset without {@code dcat:landingPage} gets its page on this server, {@code {base}/datasets/{id}};
 * <li>each HVD category is also a {@code dcat:theme}, the only place some harvesters look for it;
 * <li>a {@code dct:modified} in the future is dropped, since harvesters refuse the dataset for it.
 * </ul>
 */
public final class RecordView {
    private final CatalogIris iris;
    private final Clock clock;

    public RecordView(CatalogIris iris, Clock clock) {
        this.iris = iris;
        this.clock = clock;
    }

    /** Changes the record's graph (a copy) in place into what is served, and returns it. */
    public Graph present(String id, Graph record) {
        datasetOf(id, record).ifPresent(dataset -> presentDataset(id, dataset, record));
        dropFutureModified(record);
        return record;
    }

    /** What {@link #present} does to one dataset, in a graph that may hold other records too (a catalog page). */
    void presentDataset(String id, Node d, Graph record) {
        if (!record.contains(d, DCAT.landingPage.asNode(), Node.ANY)) {
            Node page = iris.dataset(id);
            record.add(d, DCAT.landingPage.asNode(), page);
            record.add(page, RDF.type.asNode(), FOAF.Document.asNode());
        }
        for (Triple category : record.find(d, DCATAP.hvdCategory.asNode(), Node.ANY).toList()) {
            record.add(d, DCAT.theme.asNode(), category.getObject());
        }
    }

    public Optional<Node> datasetOf(String id, Graph record) {
        var topics = record.find(iris.catalogRecord(id), FOAF.primaryTopic.asNode(), Node.ANY);
        return topics.hasNext() ? Optional.of(topics.next().getObject()) : Optional.empty();
    }

    /** Drops every {@code dct:modified} in the future from the graph. */
    void dropFutureModified(Graph record) {
        Instant now = clock.instant();
        List<Triple> future = record.find(Node.ANY, DCTerms.modified.asNode(), Node.ANY)
                .filterKeep(t -> RecordFactsReader.instant(t.getObject()).map(at -> at.isAfter(now)).orElse(false))
                .toList();
        future.forEach(record::delete);
    }
}
