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
 * One committed change to one record, as the change log keeps it. Its accessors are those of the log's
 * fields: {@code sequence()} (its place in the log: 1, 2, 3... with no gaps), {@code transaction()} (the store
 * transaction it committed in; a batch write shares one across its entries), {@code time()} (when it committed),
 * {@code actor()} (who made it: {@code admin}, {@code partner:{token id} <{publisher}>}, {@code harvest:{source}},
 * {@code cli:{user}}, {@code demo}...), {@code recordId()}, {@code kind()} (put, created or replaced, or withdraw, a
 * tombstone) and {@code patch()}: the change as RDF Patch text, every quad it removed from and added to the
 * record's graph and its report graph.
 * <p>
 * An entry made in this process also has the quads the patch adds at hand ({@code added()}), so that followers
 * need not parse the patch; it then holds its patch as the log stores it (gzip, several times smaller than the
 * text), so that a large batch's entries fit in memory, and writes the text out only when asked.
 */
public final class ChangeEntry {
    private final long sequence;
    private final String transaction;
    private final Instant time;
    private final String actor;
    private final String recordId;
    private final ChangeKind kind;
    /** The patch text, or null while only {@link #stored} holds it. */
    private final String patchText;
    private final Node stored;
    private final List<Quad> added;

    private ChangeEntry(long sequence, String transaction, Instant time, String actor, String recordId, ChangeKind kind,
                        String patchText, Node stored, List<Quad> added) {
        this.sequence = sequence;
        this.transaction = transaction;
        this.time = time;
        this.actor = actor;
        this.recordId = recordId;
        this.kind = kind;
        this.patchText = patchText;
        this.stored = stored;
        this.added = added;
    }

    /** An entry read back from a log: only its patch text is known. */
    public ChangeEntry(long sequence, String transaction, Instant time, String actor, String recordId, ChangeKind kind,
                       String patch) {
        this(sequence, transaction, time, actor, recordId, kind, patch, null, null);
    }

    /** An entry as its writer made it: the patch as the log stores it ({@link ChangePatch#stored}), and the quads it adds. */
    static ChangeEntry made(long sequence, String transaction, Instant time, String actor, String recordId,
                            ChangeKind kind, Node stored, List<Quad> added) {
        return new ChangeEntry(sequence, transaction, time, actor, recordId, kind, null, stored, added);
    }

    public long sequence() {
        return sequence;
    }

    public String transaction() {
        return transaction;
    }

    public Instant time() {
        return time;
    }

    public String actor() {
        return actor;
    }

    public String recordId() {
        return recordId;
    }

    public ChangeKind kind() {
        return kind;
    }

    /** The change as RDF Patch text. */
    public String patch() {
        return patchText != null ? patchText : ChangePatch.text(stored);
    }

    /** The quads the patch adds, when the entry was made in this process; null when only the patch is known. */
    public List<Quad> added() {
        return added;
    }

    /** Roughly the bytes an entry made in this process holds beyond what any entry does: its stored patch and its quads. */
    long heldBytes() {
        return stored.getLiteralLexicalForm().length() + 48L * added.size();
    }

    /** The patch, parsed: apply it with {@code RDFPatchOps.applyChange(datasetGraph, entry.parsedPatch())}. */
    public RDFPatch parsedPatch() {
        return RDFPatchOps.read(new ByteArrayInputStream(patch().getBytes(StandardCharsets.UTF_8)));
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
                && kind == entry.kind && patch().equals(entry.patch());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + recordId.hashCode();
    }

    @Override
    public String toString() {
        return "ChangeEntry[" + sequence + " " + kind.label() + " " + recordId + " by " + actor + " at " + time + "]";
    }
}
