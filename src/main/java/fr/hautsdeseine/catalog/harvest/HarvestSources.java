package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.vocab.HDS;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/** The partner catalogs the portal harvests, kept as RDF in the store's harvest-sources graph. */
public final class HarvestSources {
    private final CatalogStore store;

    public HarvestSources(CatalogStore store) {
        this.store = store;
    }

    public List<HarvestSource> list() {
        Graph graph = store.harvestSources();
        List<HarvestSource> sources = new ArrayList<>();
        graph.find(Node.ANY, RDF.type.asNode(), HDS.HarvestSource.asNode())
                .forEachRemaining(t -> sources.add(read(graph, t.getSubject())));
        sources.sort(Comparator.comparing(HarvestSource::name));
        return sources;
    }

    public Optional<HarvestSource> find(String name) {
        return list().stream().filter(source -> source.name().equals(name)).findFirst();
    }

    /** Adds a source; a name already in use is refused. */
    public synchronized void add(HarvestSource source) {
        Graph graph = store.harvestSources();
        Node node = iri(source.name());
        if (graph.contains(node, Node.ANY, Node.ANY)) {
            throw new SourceConflictException("A harvest source named '" + source.name() + "' already exists");
        }
        graph.add(node, RDF.type.asNode(), HDS.HarvestSource.asNode());
        graph.add(node, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(source.name()));
        graph.add(node, DCAT.endpointURL.asNode(), NodeFactory.createURI(source.url().toString()));
        graph.add(node, HDS.sourceType.asNode(), NodeFactory.createLiteralString(source.type().label()));
        source.every().ifPresent(every -> graph.add(node, HDS.harvestInterval.asNode(),
                NodeFactory.createLiteralDT(every.toString(), XSDDatatype.XSDduration)));
        store.replaceHarvestSources(graph);
    }

    /** Removes a source; false when there was none of that name. */
    public synchronized boolean remove(String name) {
        Graph graph = store.harvestSources();
        Node node = iri(name);
        if (!graph.contains(node, Node.ANY, Node.ANY)) {
            return false;
        }
        graph.remove(node, Node.ANY, Node.ANY);
        store.replaceHarvestSources(graph);
        return true;
    }

    /** The IRI that names the source, and the {@code hds:origin} of the records it brings. */
    public String iriOf(String name) {
        return iri(name).getURI();
    }

    private Node iri(String name) {
        return store.iris().harvestSource(name);
    }

    private static HarvestSource read(Graph graph, Node node) {
        String name = value(graph, node, DCTerms.identifier.asNode()).orElseThrow();
        URI url = URI.create(value(graph, node, DCAT.endpointURL.asNode()).orElseThrow());
        SourceType type = SourceType.parse(value(graph, node, HDS.sourceType.asNode()).orElse("dcat"));
        Optional<Duration> every = value(graph, node, HDS.harvestInterval.asNode()).map(Duration::parse);
        return new HarvestSource(name, url, type, every);
    }

    private static Optional<String> value(Graph graph, Node node, Node predicate) {
        return graph.find(node, predicate, Node.ANY).nextOptional().map(Triple::getObject)
                .map(o -> o.isURI() ? o.getURI() : o.getLiteralLexicalForm());
    }
}
