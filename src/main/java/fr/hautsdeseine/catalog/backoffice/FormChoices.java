package fr.hautsdeseine.catalog.backoffice;

import org.apache.jena.sparql.core.DatasetGraph;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The options of the form's list fields: themes, licences, formats, frequencies, languages, HVD
 * categories and places (coverage) from the shipped vocabularies ({@code ontology/}), publishers from the
 * catalog and its records (re-read after each write, on first use).
 */
public final class FormChoices {
    static final String THEMES = "http://publications.europa.eu/resource/authority/data-theme";
    static final String PORTAL_LICENCES = "https://opendata.hauts-de-seine.fr/ns/licences";
    static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type";
    static final String FREQUENCIES = "http://publications.europa.eu/resource/authority/frequency";
    static final String LANGUAGES = "http://publications.europa.eu/resource/authority/language";
    static final String HVD = "http://data.europa.eu/bna/asd487ae75";
    static final String PLACES = "https://opendata.hauts-de-seine.fr/ns/places";

    private final Supplier<Graph> vocabularies;
    private final CatalogStore store;
    private final Map<String, List<Choice>> byScheme = new LinkedHashMap<>();
    private volatile Map<String, Publisher> publishers;

    /** A publisher the form may name, with the description a record copies. */
    public record Publisher(Choice choice, Graph description) {
    }

    public FormChoices(Supplier<Graph> vocabularies, CatalogStore store) {
        this.vocabularies = vocabularies;
        this.store = store;
        store.onChange(ids -> publishers = null);
    }

    public List<Choice> themes() {
        return scheme(THEMES);
    }

    /** The portal's known licences, which its profile asks for. */
    public List<Choice> licences() {
        return scheme(PORTAL_LICENCES);
    }

    public List<Choice> formats() {
        return scheme(FILE_TYPES);
    }

    public List<Choice> frequencies() {
        return scheme(FREQUENCIES);
    }

    public List<Choice> languages() {
        return scheme(LANGUAGES);
    }

    public List<Choice> hvdCategories() {
        return scheme(HVD);
    }

    /** The Département first, then its communes by name. */
    public List<Choice> places() {
        List<Choice> places = new ArrayList<>(scheme(PLACES));
        places.sort(Comparator.comparing((Choice place) -> !place.iri().contains("/departement/")));
        return List.copyOf(places);
    }

    public List<Choice> publishers() {
        return publisherMap().values().stream().map(Publisher::choice).toList();
    }

    public Optional<Publisher> publisher(String iri) {
        return Optional.ofNullable(publisherMap().get(iri));
    }

    private synchronized List<Choice> scheme(String scheme) {
        return byScheme.computeIfAbsent(scheme, s -> {
            Graph graph = vocabularies.get();
            List<Choice> choices = new ArrayList<>();
            graph.find(Node.ANY, SKOS.inScheme.asNode(), NodeFactory.createURI(s)).forEachRemaining(t -> {
                Node concept = t.getSubject();
                if (concept.isURI()) {
                    choices.add(new Choice(concept.getURI(), label(graph, concept, SKOS.prefLabel.asNode(), "fr"),
                            label(graph, concept, SKOS.prefLabel.asNode(), "en")));
                }
            });
            Collator french = Collator.getInstance(Locale.FRENCH);
            choices.sort(Comparator.comparing(Choice::labelFr, french));
            return List.copyOf(choices);
        });
    }

    private Map<String, Publisher> publisherMap() {
        Map<String, Publisher> known = publishers;
        if (known == null) {
            known = store.read(dsg -> {
                Map<String, Publisher> found = new LinkedHashMap<>();
                dsg.find(Node.ANY, Node.ANY, DCTerms.publisher.asNode(), Node.ANY).forEachRemaining(quad -> {
                    Node publisher = quad.getObject();
                    if (publisher.isURI() && !found.containsKey(publisher.getURI())
                            && !store.iris().isPrivateGraph(quad.getGraph())) {
                        describe(dsg, quad, publisher).ifPresent(p -> found.put(publisher.getURI(), p));
                    }
                });
                return found;
            });
            List<Map.Entry<String, Publisher>> sorted = new ArrayList<>(known.entrySet());
            Collator french = Collator.getInstance(Locale.FRENCH);
            sorted.sort(Comparator.comparing(e -> e.getValue().choice().labelFr(), french));
            Map<String, Publisher> ordered = new LinkedHashMap<>();
            sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
            publishers = known = ordered;
        }
        return known;
    }

    private static Optional<Publisher> describe(DatasetGraph dsg, Quad quad, Node publisher) {
        Graph description = GraphFactory.createDefaultGraph();
        dsg.find(quad.getGraph(), publisher, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.getObject().isBlank()) {
                description.add(q.asTriple());
            }
        });
        if (!description.contains(publisher, FOAF.name.asNode(), Node.ANY)) {
            return Optional.empty();
        }
        if (!description.contains(publisher, RDF.type.asNode(), FOAF.Agent.asNode())) {
            description.add(Triple.create(publisher, RDF.type.asNode(), FOAF.Agent.asNode()));
        }
        return Optional.of(new Publisher(new Choice(publisher.getURI(), label(description, publisher, FOAF.name.asNode(), "fr"),
                label(description, publisher, FOAF.name.asNode(), "en")), description));
    }

    private static String label(Graph graph, Node subject, Node property, String language) {
        List<Node> labels = graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
        return labels.stream().filter(l -> l.getLiteralLanguage().equals(language)).findFirst()
                .or(() -> labels.stream().filter(l -> l.getLiteralLanguage().isEmpty()).findFirst())
                .or(() -> labels.stream().findFirst())
                .map(Node::getLiteralLexicalForm).orElse("");
    }
}
