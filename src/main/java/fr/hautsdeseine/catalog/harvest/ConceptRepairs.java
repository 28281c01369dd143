package fr.hautsdeseine.catalog.harvest;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * DCAT-AP reads a {@code skos:Concept} by its {@code skos:prefLabel}: a concept described without one
 * (a GeoDCAT-AP reference system with only a title) gets its title or label; a {@code dct:type}
 * pointing to a concept that neither the record nor the portal's tables describe is dropped.
 */
final class ConceptRepairs {
    private static final List<Node> LABELS = List.of(DCTerms.title.asNode(), RDFS.label.asNode(), SKOS.altLabel.asNode());

    private final Graph graph;
    private final Salvage salvage;
    private final VocabularyLookup lookup;

    ConceptRepairs(Graph graph, Salvage salvage, VocabularyLookup lookup) {
        this.graph = graph;
        this.salvage = salvage;
        this.lookup = lookup;
    }

    void apply() {
        for (Node concept : graph.find(Node.ANY, RDF.type.asNode(), SKOS.Concept.asNode()).mapWith(Triple::getSubject).toList()) {
            if (graph.contains(concept, SKOS.prefLabel.asNode(), Node.ANY)) {
                continue;
            }
            Optional<Triple> label = LABELS.stream().flatMap(p -> graph.find(concept, p, Node.ANY).toList().stream())
                    .filter(t -> t.getObject().isLiteral()).findFirst();
            label.ifPresent(t -> {
                graph.add(concept, SKOS.prefLabel.asNode(), t.getObject());
                salvage.repaired(SKOS.prefLabel.asNode(), concept, null, "no label: took its " + Salvage.shortName(t.getPredicate()));
            });
        }
        for (Triple t : graph.find(Node.ANY, DCTerms.type.asNode(), Node.ANY).toList()) {
            Node type = t.getObject();
            boolean described = graph.contains(type, SKOS.prefLabel.asNode(), Node.ANY) || lookup.isKnownConcept(type);
            if (!described) {
                graph.delete(t);
                salvage.dropped(DCTerms.type.asNode(), t.getSubject(), type, "not a known concept, and no label");
            }
        }
    }
}
