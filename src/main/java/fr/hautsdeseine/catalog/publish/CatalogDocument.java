package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.vocab.HYDRA;
import fr.hautsdeseine.catalog.vocab.LDES;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The graphs the catalog serves: a page (the {@code dcat:Catalog}, its SPARQL service, the Hydra
 * view and every record of the page, whole), one record, or the whole catalog for an export.
 */
public final class CatalogDocument {
    private final CatalogStore store;
    private final RecordView view;

    public CatalogDocument(CatalogStore store, RecordView view) {
        this.store = store;
        this.view = view;
    }

    /** One record as served, or empty when there is none with that id. */
    public Optional<Graph> record(String id) {
        return store.record(id).map(graph -> withPrefixes(view.present(id, graph)));
    }

    /** Several records as served, by id, read in one transaction; a record that does not exist is left out. */
    public Map<String, Graph> records(List<String> ids) {
        CatalogIris iris = store.iris();
        Map<String, Graph> read = store.read(dsg -> {
            Map<String, Graph> graphs = new LinkedHashMap<>();
            for (String id : ids) {
                Graph graph = GraphFactory.createDefaultGraph();
                dsg.find(iris.recordGraph(id), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> graph.add(q.asTriple()));
                if (!graph.isEmpty()) {
                    graphs.put(id, graph);
                }
            }
            return graphs;
        });
        read.replaceAll((id, graph) -> withPrefixes(view.present(id, graph)));
        return read;
    }

    public Graph page(CatalogPage page, PageLinks links) {
        Graph graph = catalog(page.recordIds());
        Node catalog = store.iris().catalog();
        Node pageNode = NodeFactory.createURI(links.to(page.request().start()));
        Node first = NodeFactory.createURI(links.to(PageStart.FIRST));
        Node last = NodeFactory.createURI(links.to(page.last()));
        Node total = integer(page.totalItems());
        graph.add(catalog, RDF.type.asNode(), HYDRA.Collection.asNode());
        graph.add(catalog, HYDRA.totalItems.asNode(), total);
        graph.add(catalog, HYDRA.view.asNode(), pageNode);
        graph.add(pageNode, RDF.type.asNode(), HYDRA.PartialCollectionView.asNode());
        graph.add(pageNode, RDF.type.asNode(), HYDRA.PagedCollection.asNode());
        graph.add(pageNode, HYDRA.first.asNode(), first);
        graph.add(pageNode, HYDRA.firstPage.asNode(), first);
        graph.add(pageNode, HYDRA.last.asNode(), last);
        graph.add(pageNode, HYDRA.lastPage.asNode(), last);
        page.previous().map(links::to).map(NodeFactory::createURI).ifPresent(previous -> {
            graph.add(pageNode, HYDRA.previous.asNode(), previous);
            graph.add(pageNode, HYDRA.previousPage.asNode(), previous);
        });
        page.next().map(links::to).map(NodeFactory::createURI).ifPresent(next -> {
            graph.add(pageNode, HYDRA.next.asNode(), next);
            graph.add(pageNode, HYDRA.nextPage.asNode(), next);
        });
        graph.add(pageNode, HYDRA.itemsPerPage.asNode(), integer(page.request().pageSize()));
        graph.add(pageNode, HYDRA.totalItems.asNode(), total);
        return graph;
    }

    /** The whole catalog in one graph, every record included. */
    public Graph whole() {
        return catalog(store.recordIds());
    }

    /**
     * The catalog's description, its service and the given records, linked from it. The records are read
     * straight into the page's graph, in one transaction (a record withdrawn meanwhile is left out).
     */
    private Graph catalog(List<String> ids) {
        Graph graph = withPrefixes(GraphFactory.createDefaultGraph());
        store.catalogDescription().ifPresent(description -> description.find().forEachRemaining(graph::add));
        CatalogIris iris = store.iris();
        Node catalog = iris.catalog();
        graph.add(catalog, DCTerms.modified.asNode(), dateTime(store.lastChange()));
        store.read(dsg -> {
            for (String id : ids) {
                dsg.find(iris.recordGraph(id), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> graph.add(q.asTriple()));
            }
            return null;
        });
        List<Node> datasets = new ArrayList<>();
        for (String id : ids) {
            view.datasetOf(id, graph).ifPresent(dataset -> {
                // A data service is listed as the catalog's service; datasets and series as its datasets.
                boolean service = graph.contains(dataset, RDF.type.asNode(), DCAT.DataService.asNode());
                if (!service) {
                    datasets.add(dataset);
                }
                graph.add(catalog, service ? DCAT.service.asNode() : DCAT.dataset.asNode(), dataset);
                graph.add(catalog, DCAT.record.asNode(), iris.catalogRecord(id));
                view.presentDataset(id, dataset, graph);
            });
        }
        view.dropFutureModified(graph);
        SparqlService.describe(graph, iris, catalog, datasets);
        // The DCAT-AP Feed of the catalog's changes, for harvesters that follow changes instead of pages.
        Node feed = NodeFactory.createURI(iris.base() + "/feed");
        graph.add(catalog, RDFS.seeAlso.asNode(), feed);
        graph.add(feed, RDF.type.asNode(), LDES.EventStream.asNode());
        graph.add(feed, DCTerms.conformsTo.asNode(), LDES.DCAT_AP_FEEDS.asNode());
        return graph;
    }

    private static Graph withPrefixes(Graph graph) {
        graph.getPrefixMapping().setNsPrefixes(Prefixes.COMMON);
        return graph;
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
