package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.store.CatalogIris;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/** The catalog's SPARQL endpoint described as a DCAT-AP {@code dcat:DataService}. */
final class SparqlService {
    static final String PROTOCOL = "https://www.w3.org/TR/sparql11-protocol/";

    private SparqlService() {
    }

    /** The service's IRI, which is also its endpoint's URL. */
    static Node node(CatalogIris iris) {
        return NodeFactory.createURI(iris.base() + "/sparql");
    }

    /** Adds the service to a catalog graph, serving the given datasets. */
    static void describe(Graph graph, CatalogIris iris, Node catalog, List<Node> datasets) {
        Node service = node(iris);
        Node protocol = NodeFactory.createURI(PROTOCOL);
        graph.add(catalog, DCAT.service.asNode(), service);
        graph.add(service, RDF.type.asNode(), DCAT.DataService.asNode());
        graph.add(service, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Point d'accès SPARQL du catalogue", "fr"));
        graph.add(service, DCTerms.title.asNode(), NodeFactory.createLiteralLang("SPARQL endpoint of the catalog", "en"));
        graph.add(service, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Requêtes SPARQL 1.1 en lecture seule sur l'ensemble du catalogue.", "fr"));
        graph.add(service, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Read-only SPARQL 1.1 queries over the whole catalog.", "en"));
        graph.add(service, DCAT.endpointURL.asNode(), service);
        graph.add(service, DCTerms.conformsTo.asNode(), protocol);
        graph.add(protocol, RDF.type.asNode(), DCTerms.Standard.asNode());
        graph.add(protocol, DCTerms.title.asNode(), NodeFactory.createLiteralLang("SPARQL 1.1 Protocol", "en"));
        for (Node dataset : datasets) {
            graph.add(service, DCAT.servesDataset.asNode(), dataset);
        }
    }
}
