package fr.hautsdeseine.catalog.harvest;

import fr.hautsdeseine.catalog.vocab.DCAT3;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * A partner dataset (or series, or data service) without {@code dct:identifier} whose IRI is its own
 * (not a blank node) takes that IRI as identifier: it is stable across runs, so the record keeps its
 * id. A blank-node dataset without identifier has no identity and stays refused; a blank-node data
 * service stays part of the records whose distributions use it.
 */
final class IdentityRepair {
    private IdentityRepair() {
    }

    /** Adds the identifiers to the page and answers the datasets that got one. */
    static List<Node> apply(Graph page) {
        List<Node> repaired = new ArrayList<>();
        for (Node type : List.of(DCAT.Dataset.asNode(), DCAT3.DatasetSeries.asNode(), DCAT.DataService.asNode())) {
            for (Node dataset : page.find(Node.ANY, RDF.type.asNode(), type).mapWith(t -> t.getSubject()).toList()) {
                boolean identified = page.find(dataset, DCTerms.identifier.asNode(), Node.ANY)
                        .filterKeep(t -> t.getObject().isURI()
                                || t.getObject().isLiteral() && !t.getObject().getLiteralLexicalForm().isBlank()).hasNext();
                if (dataset.isURI() && !identified && !repaired.contains(dataset)) {
                    page.add(dataset, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(dataset.getURI()));
                    repaired.add(dataset);
                }
            }
        }
        return repaired;
    }
}
