package fr.hautsdeseine.catalog.store;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.Quad;
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
 * @param added       the quads the patch adds, when the entry was made in this process and they are still at
 *                    hand (followers then need not parse the patch); null when only the text is known
 */
public record ChangeEntry(long sequence, String transaction, Instant time, String actor, String recordId,
                          ChangeKind kind, String patch, List<Quad> added) {

    /** An entry read back from a log: only its patch text is known. */
    public ChangeEntry(long sequence, String transaction, Instant time, String actor, String recordId, ChangeKind kind,
                       String patch) {
        this(sequence, transaction, time, actor, recordId, kind, patch, null);
    }

    /** The patch, parsed: apply it with {@code RDFPatchOps.applyChange(datasetGraph, entry.parsedPatch())}. */
    public RDFPatch parsedPatch() {
        return RDFPatchOps.read(new ByteArrayInputStream(patch.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What the patch adds to one graph: for a put, the record's whole new graph when {@code graph} is its
     * record graph (empty when only its warnings changed).
     */
    public Graph addedTo(Node graph) {
        Graph into = GraphFactory.createDefaultGraph();
        if (added != null) {
            added.stream().filter(quad -> graph.equals(quad.getGraph())).forEach(quad -> into.add(quad.asTriple()));
            return into;
        }
        parsedPatch().apply(new RDFChangesBase() {
            @Override
            public void add(Node g, Node s, Node p, Node o) {
                if (graph.equals(g)) {
                    into.add(s, p, o);
                }
            }
        });
        return into;
    }

    /** Two entries are equal when the log holds the same for both: the quads at hand are not part of it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ChangeEntry entry && sequence == entry.sequence && transaction.equals(entry.transaction)
                && time.equals(entry.time) && actor.equals(entry.actor) && recordId.equals(entry.recordId)
                && kind == entry.kind && patch.equals(entry.patch);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + recordId.hashCode();
    }
}
