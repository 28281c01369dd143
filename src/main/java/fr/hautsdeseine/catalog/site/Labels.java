package fr.hautsdeseine.catalog.site;

import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeEntry;
import fr.hautsdeseine.catalog.store.ChangeFollower;
import fr.hautsdeseine.catalog.store.ChangeKind;
import fr.hautsdeseine.catalog.vocab.HDS;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
 * Labels of the IRIs the site shows, in each language: concepts of the controlled vocabularies
 * ({@code skos:prefLabel}), licence documents ({@code dct:title}) and agents ({@code foaf:name}) as the
 * records describe them. The vocabularies' and the catalog's labels are read at start-up; an IRI only
 * records label (a publisher, say) is looked up in the store the first time a page asks for it, as
 * reading every record's copy of those labels would make start-up grow with the catalog.
 */
public final class Labels {
    private static final List<Node> LABEL_PROPERTIES = List.of(SKOS.prefLabel.asNode(), FOAF.name.asNode());
    private static final int MAX_UNLABELLED = 10_000;
    private final Map<String, Map<String, String>> labels = new ConcurrentHashMap<>();
    /** IRIs looked up and found without a label; forgotten on every write, which may bring one. */
    private final Set<String> unlabelled = ConcurrentHashMap.newKeySet();
    private final CatalogStore store;

    private Labels(CatalogStore store) {
        this.store = store;
    }

    public static Labels load(CatalogStore store) {
        Labels loaded = new Labels(store);
        store.read(dsg -> {
            loaded.learnGraph(dsg, store.iris().catalogGraph());
            dsg.find(Node.ANY, Node.ANY, HDS.sourceFingerprint.asNode(), Node.ANY)
                    .forEachRemaining(vocabulary -> loaded.learnGraph(dsg, vocabulary.getGraph()));
            return null;
        });
        new ChangeFollower(store, loaded.new Follower(store.changes().lastSequence())).start();
        return loaded;
    }

    /**
     * Learns the labels each write brings from its change log entries (the records' new graphs), without
     * reading the records back. Nothing is kept across restarts: labels are looked up when first asked for.
     */
    private final class Follower implements ChangeFollower.View {
        private volatile long applied;

        Follower(long applied) {
            this.applied = applied;
        }

        @Override
        public String name() {
            return "labels";
        }

        @Override
        public OptionalLong appliedSequence() {
            return OptionalLong.of(applied);
        }

        @Override
        public void apply(List<ChangeEntry> entries) {
            unlabelled.clear();
            for (ChangeEntry entry : entries) {
                if (entry.kind() == ChangeKind.PUT) {
                    learn(entry.addedTo(store.iris().recordGraph(entry.recordId())));
                }
            }
            applied = entries.get(entries.size() - 1).sequence();
        }

        /** Only the misses are forgotten: every other label is looked up when a page first asks for it. */
        @Override
        public void rebuild(CatalogStore from) {
            unlabelled.clear();
            applied = from.changes().lastSequence();
        }
    }

    /** The label in this language, with the same fallbacks as record values; absent when none is known. */
    public Optional<Text> of(String iri, Lang lang) {
        Map<String, String> byLang = labels.get(iri);
        if (byLang == null && !unlabelled.contains(iri)) {
            byLang = lookUp(iri);
        }
        return byLang == null ? Optional.empty() : Optional.of(Text.pick(byLang, lang));
    }
    /** The label, else the IRI's last segment (an authority code such as CSV or ANNUAL). */
    public Text orCode(String iri, Lang lang) {
        return of(iri, lang).orElseGet(() -> Text.plain(lastSegment(iri)));
    }

    public static String lastSegment(String iri) {
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
        return cut >= 0 && cut < trimmed.length() - 1 ? trimmed.substring(cut + 1) : iri;
    }

    void learn(Graph record) {
        for (Node property : LABEL_PROPERTIES) {
            record.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> put(t.getSubject(), t.getObject(), false));
        }
        record.find(Node.ANY, DCTerms.title.asNode(), Node.ANY).forEachRemaining(t -> put(t.getSubject(), t.getObject(), true));
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
