package fr.hautsdeseine.catalog.store;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One committed change to one record, as the change log keeps it.
 *
 * @param sequence    its place in the log: 1, 2, 3... with no gaps
 * @param transaction the store transaction it committed in; a batch write shares one across its entries
 * @param time        when it committed
 * @param actor       who made it: {@code admin}, {@code partner:{token id} <{publisher}>}, {@code harvest:{source}},
 *                    {@code cli:{user}}, {@code demo}...
 * @param recordId    the record it touched
 * @param kind        put (created or replaced) or withdraw (a tombstone)
 * @param patch       the change as RDF Patch text: every quad it removed from and added to the record's
 *                    graph and its report graph
 */
public record ChangeEntry(long sequence, String transaction, Instant time, String actor, String recordId,
                          ChangeKind kind, String patch) {

    /** The patch, parsed: apply it with {@code RDFPatchOps.applyChange(datasetGraph, entry.parsedPatch())}. */
    public RDFPatch parsedPatch() {
        return RDFPatchOps.read(new ByteArrayInputStream(patch.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What the patch adds to one graph: for a put, the record's whole new graph when {@code graph} is its
     * record graph (empty when only its warnings changed).
     */
    public Graph addedTo(Node graph) {
        Graph added = GraphFactory.createDefaultGraph();
        parsedPatch().apply(new RDFChangesBase() {
            @Override
            public void add(Node g, Node s, Node p, Node o) {
                if (graph.equals(g)) {
                    added.add(s, p, o);
                }
            }
        });
        return added;
    }
}
