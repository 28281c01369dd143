package fr.hautsdeseine.catalog.index;

import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.vocab.HDS;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

/**
 * Labels of the IRIs the site shows, by language: concepts of the controlled vocabularies
 * ({@code skos:prefLabel}), licence documents ({@code dct:title}) and agents ({@code foaf:name}) as the
 * records describe them. The vocabularies' and the catalog's labels are read by {@link #learnShared()};
 * the index feeds in the record graphs it applies; an IRI only records label (a publisher, say) and that
 * no write brought since the start is looked up in the store the first time a page asks for it, as
 * reading every record's copy of those labels would make start-up grow with the catalog.
 */
public final class KnownLabels {
    private static final List<Node> LABEL_PROPERTIES = List.of(SKOS.prefLabel.asNode(), FOAF.name.asNode());
    private static final int MAX_UNLABELLED = 10_000;
    private final Map<String, Map<String, String>> labels = new ConcurrentHashMap<>();
    /** IRIs looked up and found without a label; forgotten on every write, which may bring one. */
    private final Set<String> unlabelled = ConcurrentHashMap.newKeySet();
    private final CatalogStore store;

    KnownLabels(CatalogStore store) {
        this.store = store;
    }

    /** Reads the labels of the catalog's description and of the vocabularies, as they are now in the store. */
    public void learnShared() {
        store.read(dsg -> {
            learnGraph(dsg, store.iris().catalogGraph());
            dsg.find(Node.ANY, Node.ANY, HDS.sourceFingerprint.asNode(), Node.ANY)
                    .forEachRemaining(vocabulary -> learnGraph(dsg, vocabulary.getGraph()));
            return null;
        });
    }

    /** The labels of the IRI by lower-case language tag ("" for none); empty when none is known. */
    public Optional<Map<String, String>> of(String iri) {
        Map<String, String> byLang = labels.get(iri);
        if (byLang == null && !unlabelled.contains(iri)) {
            byLang = lookUp(iri);
        }
        return Optional.ofNullable(byLang);
    }

    /** Learns the labels a record's new graph brings. */
    void learn(Graph record) {
        for (Node property : LABEL_PROPERTIES) {
            record.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> put(t.getSubject(), t.getObject(), false));
        }
        record.find(Node.ANY, DCTerms.title.asNode(), Node.ANY).forEachRemaining(t -> put(t.getSubject(), t.getObject(), true));
    }

    /** A write may bring a label for an IRI that had none: look those up again. */
    void forgetMisses() {
        unlabelled.clear();
    }

    private void learnGraph(DatasetGraph dsg, Node graph) {
        for (Node property : LABEL_PROPERTIES) {
            dsg.find(graph, Node.ANY, property, Node.ANY).forEachRemaining(q -> put(q.getSubject(), q.getObject(), false));
        }
    }

    /** Reads the IRI's labels from the records (the union graph: each distinct label once, however many copies). */
    private Map<String, String> lookUp(String iri) {
        Node subject = NodeFactory.createURI(iri);
        store.read(dsg -> {
            Graph union = dsg.getUnionGraph();
            for (Node property : LABEL_PROPERTIES) {
                union.find(subject, property, Node.ANY).forEachRemaining(t -> put(subject, t.getObject(), false));
            }
            union.find(subject, DCTerms.title.asNode(), Node.ANY).forEachRemaining(t -> put(subject, t.getObject(), true));
            return null;
        });
        Map<String, String> found = labels.get(iri);
        if (found == null) {
            if (unlabelled.size() >= MAX_UNLABELLED) {
                unlabelled.clear();   // filters in URLs can name any IRI: keep the memory of misses bounded
            }
            unlabelled.add(iri);
        }
        return found;
    }

    /** Titles name licences and such; a dataset's title is not a label the site looks up, so keep only unlabelled IRIs. */
    private void put(Node subject, Node object, boolean onlyIfUnknown) {
        if (!subject.isURI() || !object.isLiteral()) {
            return;
        }
        if (onlyIfUnknown && labels.containsKey(subject.getURI())) {
            return;
        }
        labels.computeIfAbsent(subject.getURI(), iri -> new ConcurrentHashMap<>())
                .put(object.getLiteralLanguage().toLowerCase(Locale.ROOT), object.getLiteralLexicalForm());
    }
}
