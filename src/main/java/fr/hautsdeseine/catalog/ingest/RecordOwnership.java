package fr.hautsdeseine.catalog.ingest;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.vocab.HDS;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * A record speaks only for itself. It states triples about its own dataset and the nodes it owns (its
 * blank nodes, and IRIs that neither the catalog, a vocabulary nor another record describes), and
 * only refers to anything else. Checked at every door (API, command line, harvest) before validation:
 * <ul>
 *   <li>another record's dataset IRI as its own: {@link DatasetTakenException} (409);</li>
 *   <li>statements about the catalog, a catalog record, a server IRI, another record's dataset, or
 *       anything a vocabulary does not already say about one of its concepts (themes, frequencies, file
 *       types...; licence documents excepted, which records copy), and the terms only the server writes
 *       ({@code hds:origin}, {@code hds:harvestRun}, a dataset's {@code foaf:primaryTopic}):
 *       {@link ForeignSubjectException} (422), naming the subject;</li>
 *   <li>resources of the portal's registry (what the catalog graph describes: its publishers and shared
 *       resources): the record's statements are replaced by the registry's description, so that no
 *       record changes what the catalog says about them.</li>
 * </ul>
 */
public final class RecordOwnership {
    /** Records checked in one read transaction. */
    private static final int CHUNK = 500;
    private static final Set<Node> SERVER_TERMS = Set.of(HDS.origin.asNode(), HDS.harvestRun.asNode());
    /** The vocabulary of licence documents, which records copy (DCAT-AP wants them described). */
    private static final String LICENCES = "licences";
    private static final Set<Node> CONCEPT_TYPES = Set.of(SKOS.Concept.asNode(), SKOS.ConceptScheme.asNode());
    private static final Set<Node> SERVER_TYPES = Set.of(DCAT.Catalog.asNode(), DCAT.CatalogRecord.asNode());

    private final CatalogStore store;
    private final CatalogIris iris;

    public RecordOwnership(CatalogStore store) {
        this.store = store;
        this.iris = store.iris();
    }

    /**
     * The records as they may be stored, or an exception naming the first subject one may not describe. Records
     * are checked on every core, in chunks that each read the store in a transaction of their own; the refusal
     * thrown is that of the first refused record, in the order given.
     */
    public List<DatasetRecord> enforce(List<DatasetRecord> records) {
        Graph registry = store.catalogDescription().orElseGet(GraphFactory::createDefaultGraph);
        record Checked(List<DatasetRecord> owned, RuntimeException refused) {
        }
        int chunks = (records.size() + CHUNK - 1) / CHUNK;
        List<Checked> checked = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            try {
                return new Checked(enforce(records.subList(chunk * CHUNK, Math.min(records.size(), (chunk + 1) * CHUNK)),
                        registry), null);
            } catch (RuntimeException refused) {
                return new Checked(null, refused);
            }
        }).toList();
        List<DatasetRecord> owned = new ArrayList<>(records.size());
        for (Checked chunk : checked) {
            if (chunk.refused() != null) {
                throw chunk.refused();
            }
            owned.addAll(chunk.owned());
        }
        return owned;
    }

    private List<DatasetRecord> enforce(List<DatasetRecord> records, Graph registry) {
        return store.read(dsg -> {
            Lookup lookup = new Lookup(dsg);
            List<DatasetRecord> owned = new ArrayList<>(records.size());
            for (DatasetRecord record : records) {
                owned.add(enforce(record, registry, lookup));
            }
            return owned;
        });
    }

    public DatasetRecord enforce(DatasetRecord record) {
        return enforce(List.of(record)).get(0);
    }

    private DatasetRecord enforce(DatasetRecord record, Graph registry, Lookup lookup) {
        Node root = record.dataset();
        checkRoot(record.id(), root, registry, lookup);
        Graph owned = GraphFactory.createDefaultGraph();
        Set<Node> fromRegistry = new LinkedHashSet<>();
        Map<Node, Optional<String>> publisherElsewhere = new HashMap<>();
        for (Triple triple : record.content().find().toList()) {
            Node subject = triple.getSubject();
            checkTerms(record.id(), triple, root);
            if (subject.isBlank() || subject.equals(root)) {
                owned.add(triple);
                continue;
            }
            checkNotServers(record.id(), subject, lookup);
            if (registry.contains(subject, Node.ANY, Node.ANY)) {
                fromRegistry.add(subject);
            } else if (publisherElsewhere.computeIfAbsent(subject,
                    agent -> otherPublisher(record, agent, lookup)).isPresent()) {
                continue; // described below as the records it publishes describe it
            } else {
                checkConcept(record.id(), triple, lookup);
                owned.add(triple);
            }
        }
        // The registry's resources the record refers to are described as the registry says, so that the
        // record stays self-contained (DCAT-AP wants a publisher typed and named where it is used).
        owned.find().forEachRemaining(triple -> {
            if (triple.getObject().isURI() && registry.contains(triple.getObject(), Node.ANY, Node.ANY)) {
                fromRegistry.add(triple.getObject());
            }
        });
        fromRegistry.remove(iris.catalog());
        fromRegistry.forEach(subject -> copyDescription(registry, subject, owned));
        publisherElsewhere.forEach((agent, other) -> other.ifPresent(
                id -> lookup.description(agent, id).find().forEachRemaining(owned::add)));
        return new DatasetRecord(record.id(), root, owned);
    }

    /**
     * Another record whose publisher this agent is, when the agent is not this record's own publisher: that
     * record's description of the agent stands, so that no record renames an organisation it does not speak for.
     */
    private static Optional<String> otherPublisher(DatasetRecord record, Node agent, Lookup lookup) {
        if (!agent.isURI() || record.content().contains(record.dataset(), DCTerms.publisher.asNode(), agent)) {
            return Optional.empty();
        }
        return lookup.publishedBy(agent, record.id());
    }

    private void checkRoot(String id, Node root, Graph registry, Lookup lookup) {
        reserved(root).ifPresent(what -> {
            throw new ForeignSubjectException(id, root, "names <" + root.getURI() + "> as its dataset, but it is "
                    + what + "; give the dataset an IRI of its own");
        });
        if (registry.contains(root, Node.ANY, Node.ANY)) {
            throw new ForeignSubjectException(id, root, "names <" + root.getURI() + "> as its dataset, but the portal's"
                    + " registry (the catalog graph) describes it; give the dataset an IRI of its own");
        }
        lookup.vocabularyOf(root).ifPresent(vocabulary -> {
            throw new ForeignSubjectException(id, root, "names <" + root.getURI() + "> as its dataset, but it is a"
                    + " concept of the vocabulary <" + vocabulary.getURI() + ">; give the dataset an IRI of its own");
        });
        lookup.publishedBy(root, id).ifPresent(other -> {
            throw new ForeignSubjectException(id, root, "names <" + root.getURI() + "> as its dataset, but it is the"
                    + " publisher of record '" + other + "'; give the dataset an IRI of its own");
        });
        lookup.recordOfDataset(root, id).ifPresent(other -> {
            throw new DatasetTakenException(id, root, other);
        });
    }

    /** Terms only the server writes, and types that make a node the catalog's. */
    private static void checkTerms(String id, Triple triple, Node root) {
        Node predicate = triple.getPredicate();
        if (SERVER_TERMS.contains(predicate)) {
            throw new ForeignSubjectException(id, triple.getSubject(), "states <" + predicate.getURI() + "> about "
                    + describe(triple.getSubject()) + ": the server alone writes it, on the catalog record");
        }
        if (predicate.equals(FOAF.primaryTopic.asNode()) && triple.getObject().equals(root)) {
            throw new ForeignSubjectException(id, triple.getSubject(), "states foaf:primaryTopic <" + root.getURI()
                    + "> on " + describe(triple.getSubject()) + ": the server alone writes a dataset's catalog record");
        }
        if (predicate.equals(RDF.type.asNode()) && SERVER_TYPES.contains(triple.getObject())) {
            throw new ForeignSubjectException(id, triple.getSubject(), "types " + describe(triple.getSubject()) + " as <"
                    + triple.getObject().getURI() + ">: the catalog and its catalog records are the server's");
        }
    }

    /** An IRI the record does not own may be neither the server's nor another record's dataset. */
    private void checkNotServers(String id, Node subject, Lookup lookup) {
        reserved(subject).ifPresent(what -> {
            throw new ForeignSubjectException(id, subject, "states triples about <" + subject.getURI() + ">, which is "
                    + what + "; a record describes only its own dataset and the nodes it owns");
        });
        lookup.recordOfDataset(subject, id).ifPresent(other -> {
            throw new ForeignSubjectException(id, subject, "states triples about <" + subject.getURI() + ">, the dataset"
                    + " of record '" + other + "'; a record describes only its own dataset and refers to others");
        });
    }

    /** About a vocabulary's concept, a record may repeat what the vocabulary says, never add to it. */
    private void checkConcept(String id, Triple triple, Lookup lookup) {
        Node subject = triple.getSubject();
        // Licence documents are copied into each record, as DCAT-AP wants them described where they are used.
        lookup.vocabularyOf(subject).filter(vocabulary -> !lookup.isLicence(subject)).ifPresent(vocabulary -> {
            if (!lookup.states(vocabulary, triple)) {
                throw new ForeignSubjectException(id, subject, "states <" + triple.getPredicate().getURI() + "> "
                        + describe(triple.getObject()) + " about <" + subject.getURI() + ">, a concept of the vocabulary <"
                        + vocabulary.getURI() + ">, which does not say so; a record may repeat what a vocabulary says,"
                        + " never add to it");
            }
        });
    }

    /** What a server IRI is, when this is one: the catalog, its graphs, its catalog records, its other endpoints. */
    private Optional<String> reserved(Node node) {
        if (!node.isURI()) {
            return Optional.empty();
        }
        String iri = node.getURI();
        String base = iris.base();
        if (iri.equals(iris.catalog().getURI()) || iri.startsWith(iris.catalog().getURI() + "?")
                || iri.startsWith(iris.catalog().getURI() + ".")) {
            return Optional.of("the catalog itself");
        }
        if (iri.startsWith(iris.catalogRecordPrefix())) {
            return Optional.of("a catalog record, which the server alone writes");
        }
        if (iri.startsWith(base + "/graphs/")) {
            return Optional.of("a graph of the server's store");
        }
        if (iri.startsWith(base + "/harvest/") || iri.startsWith(base + "/api/") || iri.startsWith(base + "/sparql")) {
            return Optional.of("one of the server's own resources");
        }
        return Optional.empty();
    }

    /** The registry's description of a resource, with its blank nodes and the other registry resources it names. */
    private void copyDescription(Graph registry, Node subject, Graph into) {
        Deque<Node> pending = new ArrayDeque<>(List.of(subject));
        Set<Node> seen = new HashSet<>(pending);
        while (!pending.isEmpty()) {
            for (Triple triple : registry.find(pending.poll(), Node.ANY, Node.ANY).toList()) {
                into.add(triple);
                Node object = triple.getObject();
                boolean described = object.isBlank() || (object.isURI() && !object.equals(iris.catalog())
                        && registry.contains(object, Node.ANY, Node.ANY));
                if (described && seen.add(object)) {
                    pending.add(object);
                }
            }
        }
    }

    private static String describe(Node node) {
        if (node.isURI()) {
            return "<" + node.getURI() + ">";
        }
        if (node.isLiteral()) {
            return "\"" + node.getLiteralLexicalForm() + "\"";
        }
        return "a blank node";
    }

    /** Store look-ups of one check, in its read transaction, each asked once per subject. */
    private final class Lookup {
        private final DatasetGraph dsg;
        private final Map<Node, Optional<Node>> vocabularies = new HashMap<>();
        private List<Node> vocabularyGraphs;

        Lookup(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        /**
         * The vocabulary graph where this node is a concept (or a concept scheme). Asked of each vocabulary
         * graph in turn: a scan of the node's types over all graphs would read one quad per record that
         * copies it (a shared publisher is in thousands), for every record checked.
         */
        Optional<Node> vocabularyOf(Node subject) {
            return vocabularies.computeIfAbsent(subject, s -> vocabularyGraphs().stream()
                    .filter(graph -> CONCEPT_TYPES.stream().anyMatch(type -> dsg.contains(graph, s, RDF.type.asNode(), type)))
                    .findFirst());
        }

        /** The stored vocabularies: each graph notes the fingerprint of the file it was loaded from. */
        private List<Node> vocabularyGraphs() {
            if (vocabularyGraphs == null) {
                List<Node> graphs = new ArrayList<>();
                dsg.find(Node.ANY, Node.ANY, HDS.sourceFingerprint.asNode(), Node.ANY).forEachRemaining(quad -> {
                    Node graph = quad.getGraph();
                    if (graph.isURI() && graph.getURI().startsWith(iris.vocabularyGraphPrefix()) && !graphs.contains(graph)) {
                        graphs.add(graph);
                    }
                });
                vocabularyGraphs = graphs;
            }
            return vocabularyGraphs;
        }

        boolean isLicence(Node subject) {
            return dsg.contains(iris.vocabularyGraph(LICENCES), subject, RDF.type.asNode(), DCTerms.LicenseDocument.asNode());
        }

        boolean states(Node vocabulary, Triple triple) {
            return dsg.contains(vocabulary, triple.getSubject(), triple.getPredicate(), triple.getObject());
        }

        /** The other record whose catalog record has this dataset as its primary topic. */
        Optional<String> recordOfDataset(Node dataset, String ownId) {
            return otherRecord(FOAF.primaryTopic.asNode(), dataset, ownId, true);
        }

        /** Another record whose dataset has this node as its publisher. */
        /** What record {@code id} stores about the agent: the statements whose subject it is. */
        Graph description(Node agent, String id) {
            Graph description = GraphFactory.createDefaultGraph();
            dsg.find(iris.recordGraph(id), agent, Node.ANY, Node.ANY)
                    .forEachRemaining(quad -> description.add(quad.asTriple()));
            return description;
        }

        Optional<String> publishedBy(Node agent, String ownId) {
            return otherRecord(DCTerms.publisher.asNode(), agent, ownId, false);
        }

        /** {@code onCatalogRecord}: only the statement of the record's own catalog record counts. */
        private Optional<String> otherRecord(Node predicate, Node object, String ownId, boolean onCatalogRecord) {
            var found = dsg.find(Node.ANY, Node.ANY, predicate, object);
            try {
                while (found.hasNext()) {
                    Quad quad = found.next();
                    String id = iris.idOfRecordGraph(quad.getGraph());
                    if (id != null && !id.equals(ownId)
                            && (!onCatalogRecord || quad.getSubject().equals(iris.catalogRecord(id)))) {
                        return Optional.of(id);
                    }
                }
                return Optional.empty();
            } finally {
                Iter.close(found);
            }
        }
    }
}
