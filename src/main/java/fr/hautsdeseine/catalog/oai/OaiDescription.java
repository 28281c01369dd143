package fr.hautsdeseine.catalog.oai;

import fr.hautsdeseine.catalog.index.RecordSummary;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;

/** What Identify and ListSets say, read from the catalog's description, its records and the vocabularies. */
final class OaiDescription {
    /** A set and its name. */
    record NamedSet(String spec, String name) {
    }

    private final CatalogStore store;

    OaiDescription(CatalogStore store) {
        this.store = store;
    }

    /** The catalog's title (French first). */
    String name() {
        return store.catalogDescription().flatMap(g -> text(g, store.iris().catalog(), DCTerms.title.asNode()))
                .orElse(store.iris().base());
    }

    /** The first e-mail address in the catalog's description, else the webmaster of the host. */
    String adminEmail(String host) {
        return store.catalogDescription().flatMap(g -> g.find(Node.ANY, VCARD4.hasEmail.asNode(), Node.ANY).toList().stream()
                        .map(t -> t.getObject()).filter(Node::isURI).map(Node::getURI).filter(iri -> iri.startsWith("mailto:"))
                        .map(iri -> iri.substring("mailto:".length())).sorted().findFirst())
                .orElse("webmaster@" + host);
    }

    /** The parent sets, hvd, then each publisher and theme some record has, named by its label. */
    List<NamedSet> sets(List<RecordSummary> records) {
        Map<String, String> publishers = new TreeMap<>();
        Map<String, String> themes = new TreeMap<>();
        for (RecordSummary record : records) {
            record.publishers().forEach(iri -> publishers.put(OaiSets.PUBLISHER + ":" + OaiSets.name(iri), iri));
            record.themes().forEach(iri -> themes.put(OaiSets.THEME + ":" + OaiSets.name(iri), iri));
        }
        List<NamedSet> sets = new ArrayList<>();
        sets.add(new NamedSet(OaiSets.HVD, "Données de forte valeur (règlement d'exécution (UE) 2023/138)"));
        sets.add(new NamedSet(OaiSets.PUBLISHER, "Par producteur"));
        sets.add(new NamedSet(OaiSets.THEME, "Par thème"));
        store.read(dsg -> {
            publishers.forEach((spec, iri) -> sets.add(new NamedSet(spec, label(dsg, iri))));
            themes.forEach((spec, iri) -> sets.add(new NamedSet(spec, label(dsg, iri))));
            return null;
        });
        return sets;
    }

    /** A foaf:name or skos:prefLabel of the IRI in any graph (French first), else the IRI. */
    private static String label(DatasetGraph dsg, String iri) {
        Node node = NodeFactory.createURI(iri);
        for (Node property : List.of(FOAF.name.asNode(), SKOS.prefLabel.asNode())) {
            List<Node> labels = new ArrayList<>();
            dsg.find(Node.ANY, node, property, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) {
                    labels.add(q.getObject());
                }
            });
            Optional<String> chosen = pick(labels);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return iri;
    }

    private static Optional<String> text(Graph g, Node subject, Node property) {
        return pick(g.find(subject, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral).toList());
    }

    private static Optional<String> pick(List<Node> literals) {
        for (String lang : List.of("fr", "", "en")) {
            Optional<String> found = literals.stream().filter(l -> l.getLiteralLanguage().equals(lang))
                    .map(Node::getLiteralLexicalForm).sorted().findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return literals.stream().map(Node::getLiteralLexicalForm).sorted().findFirst();
    }
}
