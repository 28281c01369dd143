package fr.hautsdeseine.catalog.ingest;

import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.vocab.DCAT3;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Splits a document (a whole catalog or one dataset) into records: each {@code dcat:Dataset},
 * {@code dcat:DatasetSeries}, and {@code dcat:DataService} that has a {@code dct:identifier}, with every
 * node reachable from it (distributions, contact points, periods, locations, checksums, notices) and
 * copies of the shared resources it references (publishers, licences), stopping at other records,
 * catalogs and paging nodes. A data service without identifier stays inside the records that use it.
 */
public final class RecordSplitter {
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    private final CatalogIris iris;

    public RecordSplitter(CatalogIris iris) {
        this.iris = iris;
    }

    /** Every record of the document, or (when any dataset cannot become one) an exception naming them all. */
    public List<DatasetRecord> split(Graph document) {
        Split split = splitLeniently(document);
        if (split.records().isEmpty() && split.problems().isEmpty()) {
            throw new RecordRejectedException("The document describes no dcat:Dataset or dcat:DatasetSeries");
        }
        if (!split.problems().isEmpty()) {
            throw new RecordRejectedException(split.problems());
        }
        return split.records();
    }

    /** The records a document gives, and the problems of the datasets that give none (for harvests). */
    public record Split(List<DatasetRecord> records, List<String> problems) {
    }

    public Split splitLeniently(Graph document) {
        List<Node> roots = datasetRoots(document);
        Set<Node> boundaries = boundaries(document, roots);
        List<String> problems = new ArrayList<>();
        Map<String, Node> rootById = new HashMap<>();
        Map<Node, String> idByRoot = new LinkedHashMap<>();
        for (Node root : roots) {
            Optional<String> identifier = identifier(document, root);
            if (identifier.isEmpty()) {
                problems.add("Dataset " + describe(document, root) + " has no dct:identifier");
                continue;
            }
            String id = RecordIds.fromIdentifier(identifier.get());
            Node earlier = rootById.putIfAbsent(id, root);
            if (earlier != null) {
                problems.add("Datasets " + describe(document, earlier) + " and " + describe(document, root)
                        + " share the record id '" + id + "' (dct:identifier \"" + identifier.get() + "\")");
                continue;
            }
            idByRoot.put(root, id);
        }
        // Blank-node datasets get an IRI, wherever they appear (a series named by its members, say).
        Map<Node, Node> renamed = new HashMap<>();
        idByRoot.forEach((root, id) -> renamed.put(root, root.isURI() ? root : iris.dataset(id)));
        // Each record's closure only reads the document: they are walked on every core, in the roots' order.
        List<DatasetRecord> records = new ArrayList<>(idByRoot.entrySet()).parallelStream()
                .map(entry -> new DatasetRecord(entry.getValue(), renamed.get(entry.getKey()),
                        closure(document, entry.getKey(), boundaries, renamed)))
                .toList();
        return new Split(records, problems);
    }

    private static List<Node> datasetRoots(Graph document) {
        Set<Node> roots = new LinkedHashSet<>();
        document.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).forEachRemaining(t -> roots.add(t.getSubject()));
        document.find(Node.ANY, RDF.type.asNode(), DCAT3.DatasetSeries.asNode()).forEachRemaining(t -> roots.add(t.getSubject()));
        // A data service is a record of its own only with an identity; else it stays part of the record using it.
        document.find(Node.ANY, RDF.type.asNode(), DCAT.DataService.asNode())
                .filterKeep(t -> identifier(document, t.getSubject()).isPresent())
                .forEachRemaining(t -> roots.add(t.getSubject()));
        List<Node> sorted = new ArrayList<>(roots);
        // A stable order, IRIs first, so that messages and write order do not vary between runs.
        sorted.sort(Comparator.comparing((Node n) -> n.isBlank()).thenComparing((Node n) -> n.toString()));
        return sorted;
    }

    /** Nodes a record never walks into: other records, catalogs, catalog records and paging nodes. */
    private static Set<Node> boundaries(Graph document, List<Node> roots) {
        Set<Node> stops = new HashSet<>(roots);
        document.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Node type = t.getObject();
            if (type.equals(DCAT.Catalog.asNode()) || type.equals(DCAT.CatalogRecord.asNode())
                    || (type.isURI() && type.getURI().startsWith(HYDRA))) {
                stops.add(t.getSubject());
            }
        });
        return stops;
    }

    /** The smallest identifier when there are several, so that the choice is stable across runs. */
    private static Optional<String> identifier(Graph document, Node root) {
        return document.find(root, DCTerms.identifier.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject)
                .map(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : "")
                .filter(value -> !value.isBlank())
                .min(Comparator.naturalOrder());
    }

    private static Graph closure(Graph document, Node root, Set<Node> boundaries, Map<Node, Node> renamed) {
        Graph record = GraphFactory.createDefaultGraph();
        Deque<Node> pending = new ArrayDeque<>();
        Set<Node> visited = new HashSet<>();
        pending.add(root);
        visited.add(root);
        while (!pending.isEmpty()) {
            Node subject = pending.poll();
            for (Triple triple : document.find(subject, Node.ANY, Node.ANY).toList()) {
                Node object = triple.getObject();
                record.add(Triple.create(renamed.getOrDefault(subject, subject), triple.getPredicate(),
                        renamed.getOrDefault(object, object)));
                boolean describedHere = object.isBlank() || (object.isURI() && document.contains(object, Node.ANY, Node.ANY));
                if (describedHere && !boundaries.contains(object) && visited.add(object)) {
                    pending.add(object);
                }
            }
        }
        return record;
    }

    private static String describe(Graph document, Node root) {
        if (root.isURI()) {
            return "<" + root.getURI() + ">";
        }
        return document.find(root, DCTerms.title.asNode(), Node.ANY).nextOptional()
                .map(t -> "\"" + t.getObject().getLiteralLexicalForm() + "\" (a blank node)")
                .orElse("given as a blank node without a title");
    }
}
