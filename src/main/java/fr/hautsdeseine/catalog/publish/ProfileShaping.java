package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.vocab.DCATAP;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;

/**
 * Turns a served DCAT-AP 3 graph (a catalog page or a record) into another profile, in place.
 * What changes, and why:
 * <ul>
 * <li>DCAT-AP 2.1.1: {@code dcat:byteSize} is an {@code xsd:decimal} there (3.0 made it a
 *     {@code xsd:nonNegativeInteger}); everything else DCAT-AP 3 adds is ignored by 2.1.1 readers;
 * <li>DCAT-AP HVD: the catalog's SPARQL service becomes an HVD API: it names the HVD regulation and
 *     the HVD categories of the datasets it serves (its contact point and documentation page come
 *     from the catalog's description).
 * </ul>
 */
final class ProfileShaping {
    private ProfileShaping() {
    }

    static Graph shape(PublicationProfile profile, Graph graph, CatalogIris iris) {
        switch (profile) {
            case DCAT_AP_2 -> decimalByteSizes(graph);
            case HVD -> hvdService(graph, SparqlService.node(iris));
            default -> { }
        }
        return graph;
    }

    private static void decimalByteSizes(Graph graph) {
        List<Triple> sizes = graph.find(Node.ANY, DCAT.byteSize.asNode(), Node.ANY).filterKeep(t -> t.getObject().isLiteral()).toList();
        for (Triple size : sizes) {
            graph.delete(size);
            graph.add(size.getSubject(), size.getPredicate(),
                    NodeFactory.createLiteralDT(size.getObject().getLiteralLexicalForm(), XSDDatatype.XSDdecimal));
        }
    }

    private static void hvdService(Graph graph, Node service) {
        if (!graph.contains(service, RDF.type.asNode(), DCAT.DataService.asNode())) {
            return;
        }
        Set<Node> categories = new LinkedHashSet<>();
        graph.find(service, DCAT.servesDataset.asNode(), Node.ANY).forEachRemaining(served ->
                graph.find(served.getObject(), DCATAP.hvdCategory.asNode(), Node.ANY)
                        .forEachRemaining(category -> categories.add(category.getObject())));
        graph.add(service, DCATAP.applicableLegislation.asNode(), DCATAP.HVD_REGULATION.asNode());
        categories.forEach(category -> graph.add(service, DCATAP.hvdCategory.asNode(), category));
    }
}
