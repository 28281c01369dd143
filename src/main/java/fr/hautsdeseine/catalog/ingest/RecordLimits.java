package fr.hautsdeseine.catalog.ingest;

import fr.hautsdeseine.catalog.config.IngestLimits;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * The size and depth of one record: its triples, and how many blank nodes hang one below the other
 * (pretty writers and the validator recurse once per level; RDF list cells are written as a flat list
 * and do not count).
 */
final class RecordLimits {
    private final IngestLimits limits;

    RecordLimits(IngestLimits limits) {
        this.limits = limits;
    }

    void check(DatasetRecord record) {
        long triples = record.content().size();
        if (triples > limits.maxRecordTriples()) {
            throw new RecordLimitException(413, "Record '" + record.id() + "' holds " + triples + " triples, more than "
                    + limits.maxRecordTriples() + ", the limit of this server (" + IngestLimits.RECORD_TRIPLES + ")");
        }
        int depth = blankDepth(record.content(), record.dataset());
        if (depth > limits.maxBlankNodeDepth()) {
            throw new RecordLimitException(400, "Record '" + record.id() + "' chains blank nodes more than "
                    + limits.maxBlankNodeDepth() + " deep, the limit of this server (" + IngestLimits.BLANK_NODE_DEPTH + ")");
        }
    }

    /** The deepest blank node below the dataset, level by level (breadth first, so a cycle ends). */
    private static int blankDepth(Graph graph, Node root) {
        Map<Node, Integer> depth = new HashMap<>();
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>(List.of(root));
        depth.put(root, 0);
        int deepest = 0;
        while (!pending.isEmpty()) {
            Node node = pending.poll();
            int level = depth.get(node);
            for (Triple triple : graph.find(node, Node.ANY, Node.ANY).toList()) {
                Node object = triple.getObject();
                if (object.isBlank() && !depth.containsKey(object)) {
                    int next = triple.getPredicate().equals(RDF.rest.asNode()) ? level : level + 1;
                    depth.put(object, next);
                    deepest = Math.max(deepest, next);
                    pending.add(object);
                }
            }
        }
        return deepest;
    }
}
