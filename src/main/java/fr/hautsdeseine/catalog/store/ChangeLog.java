package fr.hautsdeseine.catalog.store;

import fr.hautsdeseine.catalog.vocab.HDS;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordered, durable record of every committed change to the records: one entry per record a write
 * touched, numbered 1, 2, 3... with no gaps. Entries live in the private graph {@code changes} of the
 * store and are written in the same transaction as the change they describe (the next number too), so a
 * crash never leaves a change without its entry, nor an entry without its change.
 * <p>
 * Retention ({@link #prune}) removes the oldest entries after writing a {@link ChangeSnapshot} of the
 * records, so the current state stays reconstructible: the snapshot, then every entry after it.
 */
public final class ChangeLog {
    private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);
    private static final String SNAPSHOT_PREFIX = "changes-snapshot-";
    private static final String SNAPSHOT_SUFFIX = ".rdfp.gz";

    private final DatasetGraph dsg;
    private final CatalogIris iris;
    private final Node graph;
    private final String entryPrefix;
    private final Path directory;
    private volatile Counters counters;
    /** The entries of the last batch that committed, as its writer made them: followers read them without the store. */
    private volatile List<ChangeEntry> recent = List.of();
    /** Roughly the memory a batch's kept entries may take: a sixteenth of the heap unless set otherwise. */
    private volatile long keepLimit = Runtime.getRuntime().maxMemory() / 16;
    private final Object pruning = new Object();
    private final TransactionGate gate;

    /** Where the log stands: the next number to give, the first entry kept, the sequence of the snapshot (0: none). */
    private record Counters(long next, long first, long snapshot) {
    }

    ChangeLog(DatasetGraph dsg, CatalogIris iris, Path directory, TransactionGate gate) {
        this.dsg = dsg;
        this.gate = gate;
        this.iris = iris;
        this.graph = iris.privateGraph("changes");
        this.entryPrefix = graph.getURI() + "/";
        this.directory = directory;
        this.counters = gate.calculateRead(dsg, this::storedCounters);
    }

    /** The sequence of the last committed entry; 0 while the log is empty. */
    public long lastSequence() {
        return counters.next() - 1;
    }

    /** The last committed entry as the caller's transaction sees it. Call inside a transaction. */
    long lastSequenceInTransaction() {
        return storedCounters().next() - 1;
    }

    /** The first entry still kept: 1 until retention pruned older ones. */
    public long firstSequence() {
        return counters.first();
    }

    /** The snapshot older entries were pruned into, if any were. */
    public Optional<ChangeSnapshot> snapshot() {
        return snapshotOf(counters);
    }

    /**
     * Up to {@code max} entries in order, from {@code sequence} on (sequences start at 1; 0 means from the
     * first). An empty list: nothing after the last entry yet.
     *
     * @throws ChangesPrunedException when entries from {@code sequence} on were pruned: start from the snapshot
     */
    public List<ChangeEntry> readFrom(long sequence, int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be positive, got " + max);
        }
        List<ChangeEntry> fromMemory = recentFrom(Math.max(sequence, 1), max);
        if (fromMemory != null) {
            return fromMemory;
        }
        return gate.calculateRead(dsg, () -> {
            Counters stored = storedCounters();
            long from = Math.max(sequence, 1);
            if (from < stored.first()) {
                throw new ChangesPrunedException(from, stored.first(), snapshotOf(stored));
            }
            long last = stored.next() - 1;
            long to = last - from < max ? last : from + max - 1;
            List<ChangeEntry> entries = new ArrayList<>();
            for (long n = from; n <= to; n++) {
                entries.add(entry(n));
            }
            return List.copyOf(entries);
        });
    }

    /**
     * Every kept entry about one record, in order. Each entry's {@code hds:recordId} triple is its index by
     * record: written in the entry's own transaction, and found through the store's (graph, property, value)
     * index, so this reads that record's entries and no other, however long the log. Entries pruned by
     * retention are no longer found.
     */
    public List<ChangeEntry> readRecord(String recordId) {
        return gate.calculateRead(dsg, () -> {
            List<Long> sequences = new ArrayList<>();
            dsg.find(graph, Node.ANY, HDS.recordId.asNode(), NodeFactory.createLiteralString(recordId))
                    .forEachRemaining(quad -> sequences.add(sequenceOf(quad.getSubject())));
            sequences.sort(null);
            List<ChangeEntry> entries = new ArrayList<>();
            for (long n : sequences) {
                entries.add(entry(n));
            }
            return List.copyOf(entries);
        });
    }

    private long sequenceOf(Node entry) {
        String iri = entry.isURI() ? entry.getURI() : "";
        if (!iri.startsWith(entryPrefix)) {
            throw new IllegalStateException("Change log entry " + entry + " is not named " + entryPrefix + "{sequence}");
        }
        return Long.parseLong(iri.substring(entryPrefix.length()));
    }

    /**
     * Keeps the newest {@code retain} entries: writes a snapshot of the records as of the last entry, then
     * removes the older entries and the previous snapshot. Returns how many entries it removed.
     */
    public long prune(long retain) {
        if (retain <= 0) {
            throw new IllegalArgumentException("retain must be positive, got " + retain);
        }
        // One prune at a time; writers never wait for one (only the write transaction serialises with them).
        synchronized (pruning) {
            return pruneTo(retain);
        }
    }

    private long pruneTo(long retain) {
        Optional<ChangeSnapshot> written = gate.calculateRead(dsg, () -> {
            Counters stored = storedCounters();
            long last = stored.next() - 1;
            return last - retain < stored.first() ? Optional.<ChangeSnapshot>empty() : Optional.of(writeSnapshot(last));
        });
        if (written.isEmpty()) {
            return 0;
        }
        long firstBefore = counters.first();
        long snapshot = written.get().sequence();
        long cut = snapshot - retain;
        Counters after = gate.calculateWrite(dsg, () -> {
            Counters stored = storedCounters();
            for (long n = stored.first(); n <= cut; n++) {
                dsg.deleteAny(graph, entryNode(n), Node.ANY, Node.ANY);
            }
            Counters next = new Counters(stored.next(), cut + 1, snapshot);
            setCounter(HDS.firstSequence.asNode(), next.first());
            setCounter(HDS.snapshotSequence.asNode(), next.snapshot());
            return next;
        });
        long removed = after.first() - firstBefore;
        notePruned(after);
        deleteSnapshotsOtherThan(written.get().file());
        log.info("[changes] pruned {} entries; snapshot of sequence {} in {}", removed, snapshot, written.get().file());
        return removed;
    }

    /**
     * Opens the log's part of a write transaction: call inside it, before anything else writes. The batch's
     * entries and the next number commit, or vanish, with that transaction.
     */
    Batch begin(String actor, Instant time) {
        long next = storedCounters().next();
        dsg.deleteAny(graph, graph, HDS.nextSequence.asNode(), Node.ANY);
        return new Batch(next, actor, time);
    }

    /**
     * Appends an entry another server's log gave, under its own sequence, transaction, actor and time (a
     * replica's log is then the primary's, entry for entry). Call inside the write transaction that applies
     * its patch; the entry must follow the last one.
     */
    void appendCopy(QuadSink sink, ChangeEntry copied) {
        long next = storedCounters().next();
        if (copied.sequence() != next) {
            throw new SequenceGapException(next, copied.sequence());
        }
        dsg.deleteAny(graph, graph, HDS.nextSequence.asNode(), Node.ANY);
        Node entry = entryNode(next);
        sink.add(graph, entry, HDS.sequence.asNode(), number(next));
        sink.add(graph, entry, HDS.transaction.asNode(), NodeFactory.createLiteralString(copied.transaction()));
        sink.add(graph, entry, DCTerms.created.asNode(),
                NodeFactory.createLiteralDT(copied.time().toString(), XSDDatatype.XSDdateTime));
        sink.add(graph, entry, HDS.actor.asNode(), NodeFactory.createLiteralString(copied.actor()));
        sink.add(graph, entry, HDS.recordId.asNode(), NodeFactory.createLiteralString(copied.recordId()));
        sink.add(graph, entry, HDS.changeKind.asNode(), NodeFactory.createLiteralString(copied.kind().label()));
        sink.add(graph, entry, HDS.patch.asNode(), ChangePatch.stored(copied.patch()));
        sink.add(graph, graph, HDS.nextSequence.asNode(), number(next + 1));
    }

    /** Notes a copied entry, once its transaction committed. */
    synchronized void committedCopy(long sequence) {
        counters = new Counters(sequence + 1, counters.first(), counters.snapshot());
    }

    private synchronized void notePruned(Counters after) {
        counters = new Counters(Math.max(counters.next(), after.next()), after.first(), after.snapshot());
    }

    /** Notes the numbers a batch gave, once its transaction committed, and keeps its entries at hand. */
    synchronized void committed(Batch batch) {
        counters = new Counters(batch.next, counters.first(), counters.snapshot());
        recent = List.copyOf(batch.entries);
    }

    /** Sets roughly how many bytes of entries a batch keeps in memory for its followers (tests use a small one). */
    void keepLimit(long bytes) {
        keepLimit = bytes;
    }

    /** Lets go of the last batch's entries (the followers have them): a large import's quads need not stay in memory. */
    void forgetRecent() {
        recent = List.of();
    }

    /**
     * The entries from {@code from} on when they all belong to the last committed batch and none was pruned
     * (the same as the store holds, without reading it); null otherwise.
     */
    private List<ChangeEntry> recentFrom(long from, int max) {
        List<ChangeEntry> at = recent;
        Counters now = counters;
        if (at.isEmpty() || from < now.first() || now.next() - 1 != at.get(at.size() - 1).sequence()) {
            return null;
        }
        long first = at.get(0).sequence();
        if (from < first || from > now.next() - 1) {
            return null;
        }
        int start = (int) (from - first);
        return at.subList(start, Math.min(at.size(), start + max));
    }

    /** The entries of one write transaction, sharing its id, actor and time. */
    final class Batch {
        private final String transaction = UUID.randomUUID().toString();
        private final String actor;
        private final Instant time;
        private final long firstNumber;
        private long next;
        /** The entries as made, kept for the followers while they fit in the keep limit; empty once they do not. */
        private final List<ChangeEntry> entries = new ArrayList<>();
        private long keptBytes;
        private boolean keeping = true;

        private Batch(long next, String actor, Instant time) {
            this.next = next;
            this.firstNumber = next;
            this.actor = actor;
            this.time = time;
        }

        void append(QuadSink sink, String recordId, ChangeKind kind, List<Quad> deleted, List<Quad> added) {
            append(sink, recordId, kind, ChangePatch.stored(deleted, added), added);
        }

        /** As above, with the patch already written from the same quads, as the log stores it ({@link ChangePatch#stored}). */
        void append(QuadSink sink, String recordId, ChangeKind kind, Node stored, List<Quad> added) {
            Node entry = entryNode(next);
            sink.add(graph, entry, HDS.sequence.asNode(), number(next));
            sink.add(graph, entry, HDS.transaction.asNode(), NodeFactory.createLiteralString(transaction));
            sink.add(graph, entry, DCTerms.created.asNode(),
                    NodeFactory.createLiteralDT(time.toString(), XSDDatatype.XSDdateTime));
            sink.add(graph, entry, HDS.actor.asNode(), NodeFactory.createLiteralString(actor));
            sink.add(graph, entry, HDS.recordId.asNode(), NodeFactory.createLiteralString(recordId));
            sink.add(graph, entry, HDS.changeKind.asNode(), NodeFactory.createLiteralString(kind.label()));
            sink.add(graph, entry, HDS.patch.asNode(), stored);
            if (keeping) {
                keep(ChangeEntry.made(next, transaction, time, actor, recordId, kind, stored, List.copyOf(added)));
            }
            next++;
        }

        /**
         * Keeps an entry for the followers, unless the batch's entries outgrow the limit: a very large import's
         * followers then read its entries back from the store, as any later reader does.
         */
        private void keep(ChangeEntry entry) {
            keptBytes += entry.heldBytes();
            if (keptBytes > keepLimit) {
                keeping = false;
                entries.clear();
                return;
            }
            entries.add(entry);
        }

        /** Writes the next number: the last thing the log does in the transaction. */
        void finish(QuadSink sink) {
            sink.add(graph, graph, HDS.nextSequence.asNode(), number(next));
        }

        boolean isEmpty() {
            return next == firstNumber;
        }
    }

    private ChangeEntry entry(long n) {
        Node subject = entryNode(n);
        String transaction = null;
        String time = null;
        String actor = null;
        String recordId = null;
        String kind = null;
        String patch = null;
        for (Iterator<Quad> quads = dsg.find(graph, subject, Node.ANY, Node.ANY); quads.hasNext(); ) {
            Quad quad = quads.next();
            String value = quad.getObject().isLiteral() ? quad.getObject().getLiteralLexicalForm() : null;
            Node p = quad.getPredicate();
            if (p.equals(HDS.transaction.asNode())) {
                transaction = value;
            } else if (p.equals(DCTerms.created.asNode())) {
                time = value;
            } else if (p.equals(HDS.actor.asNode())) {
                actor = value;
            } else if (p.equals(HDS.recordId.asNode())) {
                recordId = value;
            } else if (p.equals(HDS.changeKind.asNode())) {
                kind = value;
            } else if (p.equals(HDS.patch.asNode()) && quad.getObject().isLiteral()) {
                patch = ChangePatch.text(quad.getObject());
            }
        }
        if (transaction == null || time == null || actor == null || recordId == null || kind == null || patch == null) {
            throw new IllegalStateException("Change log entry " + n + " is missing or incomplete in " + graph.getURI());
        }
        return new ChangeEntry(n, transaction, Instant.parse(time), actor, recordId, ChangeKind.fromLabel(kind), patch);
    }

    /** Writes the record and report graphs, as of the read transaction's view, to a snapshot file. */
    private ChangeSnapshot writeSnapshot(long sequence) {
        Path file = directory.resolve(SNAPSHOT_PREFIX + sequence + SNAPSHOT_SUFFIX);
        Path partial = directory.resolve(file.getFileName() + ".partial");
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                RDFChangesWriterText writer = RDFPatchOps.textWriter(out);
                writer.start();
                writer.header("sequence", number(sequence));
                writer.txnBegin();
                dsg.find().forEachRemaining(quad -> {
                    if (isLogged(quad.getGraph())) {
                        writer.add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
                    }
                });
                writer.txnCommit();
                writer.finish();
                writer.close();
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new ChangeSnapshot(sequence, file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the change log snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    /** The graphs the log follows: every record graph and every record's report graph. */
    private boolean isLogged(Node g) {
        return g.isURI() && (g.getURI().startsWith(iris.recordGraphPrefix()) || g.getURI().startsWith(iris.reportGraphPrefix()));
    }

    private void deleteSnapshotsOtherThan(Path kept) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, SNAPSHOT_PREFIX + "*")) {
            for (Path file : files) {
                if (!file.getFileName().equals(kept.getFileName())) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // The new snapshot is in place; an old file left behind only takes space.
            log.warn("[changes] cannot delete an old snapshot in {}: {}", directory, e.getMessage());
        }
    }

    private Optional<ChangeSnapshot> snapshotOf(Counters c) {
        return c.snapshot() == 0 ? Optional.empty()
                : Optional.of(new ChangeSnapshot(c.snapshot(), directory.resolve(SNAPSHOT_PREFIX + c.snapshot() + SNAPSHOT_SUFFIX)));
    }

    private Counters storedCounters() {
        return new Counters(counter(HDS.nextSequence.asNode(), 1), counter(HDS.firstSequence.asNode(), 1),
                counter(HDS.snapshotSequence.asNode(), 0));
    }

    private long counter(Node property, long absent) {
        Iterator<Quad> found = dsg.find(graph, graph, property, Node.ANY);
        return found.hasNext() ? Long.parseLong(found.next().getObject().getLiteralLexicalForm()) : absent;
    }

    private void setCounter(Node property, long value) {
        dsg.deleteAny(graph, graph, property, Node.ANY);
        dsg.add(graph, graph, property, number(value));
    }

    private Node entryNode(long n) {
        return NodeFactory.createURI(entryPrefix + n);
    }

    private static Node number(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDlong);
    }
}
