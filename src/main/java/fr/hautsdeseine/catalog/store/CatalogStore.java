package fr.hautsdeseine.catalog.store;

import fr.hautsdeseine.catalog.vocab.HDS;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog's records in a TDB2 store: one named graph per record, the catalog's own description
 * in its graph, vocabularies in theirs, and the union of all of them as the default graph.
 * Every write is one transaction: readers see a record before or after it, never in between.
 */
public final class CatalogStore implements RecordReader, RecordWithdrawal, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CatalogStore.class);
    private static final String RECORD_GRAPH_PATH = "/graphs/datasets/";
    /** Records whose quads and patches are made together, on every core, before they are written. */
    private static final int WRITE_CHUNK = 512;

    private final DatasetGraph dsg;
    private final TransactionGate gate = new TransactionGate();
    /** Which graph node ids are public, as learnt by the SPARQL endpoint's quad filter. */
    private final Map<NodeId, Boolean> graphVisibility = new ConcurrentHashMap<>();
    private final CatalogIris iris;
    private final Clock clock;
    private final AtomicReference<Instant> lastChange = new AtomicReference<>();
    private final Optional<String> otherBase;
    private final ChangeLog changes;
    private final List<Consumer<Set<String>>> changeListeners = new CopyOnWriteArrayList<>();
    private final Followers followers = new Followers();
    /** Record writes commit and notify one at a time, so listeners see changes in the order of their revisions. */
    private final Object writeOrder = new Object();
    private volatile StoreState state;

    private CatalogStore(DatasetGraph dsg, CatalogIris iris, Clock clock, Path directory) {
        this.dsg = dsg;
        this.iris = iris;
        this.clock = clock;
        this.changes = new ChangeLog(dsg, iris, directory, gate);
        lastChange.set(clock.instant());
        Optional<StoreState> stored = gate.calculateRead(dsg, () -> StoreState.read(dsg));
        if (stored.isPresent() && stored.get().baseUrl().equals(iris.base())) {
            state = stored.get();
            otherBase = Optional.empty();
        } else {
            // A store written before the state was kept, or under another base: count by reading every record,
            // under a revision of its own that no derived index can hold.
            state = new StoreState(iris.base(), recordStamps().size(), "unrecorded-" + UUID.randomUUID());
            otherBase = gate.calculateRead(dsg, this::otherBaseInUse);
        }
        otherBase.ifPresent(other -> log.warn("[store] the store holds records minted under the base URL {},"
                + " not {}: set CATALOG_BASE_URL to {} to serve them", other, iris.base(), other));
    }

    public static CatalogStore open(Path directory, CatalogIris iris) {
        return open(directory, iris, Clock.systemUTC());
    }

    public static CatalogStore open(Path directory, CatalogIris iris, Clock clock) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new StoreUnavailableException("Cannot create the data directory " + directory + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(directory.toString()));
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot open the TDB2 store in " + directory
                    + " (is another catalog process using it?): " + e.getMessage(), e);
        }
        // SPARQL's default graph is the union of every record, the catalog and the vocabularies.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        CatalogStore store = new CatalogStore(dsg, iris, clock, directory);
        store.moveFormerHarvestSources();
        return store;
    }

    /** Stores written before private graphs kept the harvest sources in a public graph: move them, once. */
    private void moveFormerHarvestSources() {
        Node former = iris.formerHarvestSourcesGraph();
        if (gate.calculateRead(dsg, () -> isEmpty(former))) {
            return;
        }
        gate.executeWrite(dsg, () -> {
            Graph sources = copy(former);
            dsg.removeGraph(former);
            Graph target = dsg.getGraph(iris.harvestSourcesGraph());
            sources.find().forEachRemaining(target::add);
        });
        log.info("[store] harvest sources moved to the private graph {}", iris.harvestSourcesGraph().getURI());
    }

    /**
     * Makes queries run with this context (the public SPARQL endpoint's) see no private graph, neither in
     * the union default graph nor by name. TDB2 applies the filter to each quad as it reads it: nothing
     * is copied, and a graph's name is looked up once.
     */
    public void hidePrivateGraphs(Context context) {
        // Node ids belong to one generation of the store's files: compaction starts a new one, and clears
        // what was learnt of the old (see exclusively), so the node table is looked up each time.
        Predicate<Tuple<NodeId>> publicQuads = tuple -> tuple.len() != 4
                || graphVisibility.computeIfAbsent(tuple.get(0), graph -> !iris.isPrivateGraph(
                        TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable()
                                .getNodeForNodeId(graph)));
        context.set(SystemTDB.symTupleFilter, publicQuads);
    }

    public CatalogIris iris() {
        return iris;
    }

    /** The change followers started on this store, to report their lag. */
    public Followers followers() {
        return followers;
    }

    /** Every committed change to the records, in order: what derived views follow. */
    public ChangeLog changes() {
        return changes;
    }

    /** The underlying dataset, for the read-only SPARQL endpoint. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /**
     * Stores every record in one transaction: all of them, or (on any error) none.
     *
     * @param origin where the records come from ({@code api}, {@code cli}, {@code demo}, a source IRI)
     * @throws RecordClashException when an id already belongs to another dataset
     */
    public Map<String, WriteOutcome> putAll(Collection<DatasetRecord> records, String origin) {
        return putAll(records, origin, Map.of(), null);
    }

    /**
     * Stores every record and its validation report (the warnings it was accepted with) in one
     * transaction: all of them, or (on any error) none.
     *
     * @param reports    SHACL reports by record id; an empty or missing one clears the record's report
     * @param harvestRun the harvest run that brought the records, noted on each created or changed
     *                   catalog record ({@code hds:harvestRun}); null: none
     */
    public Map<String, WriteOutcome> putAll(Collection<DatasetRecord> records, String origin, Map<String, Graph> reports,
                                            Node harvestRun) {
        return putAll(records, origin, reports, harvestRun, origin);
    }

    /**
     * As {@link #putAll(Collection, String, Map, Node)}, naming in the change log who made the write
     * ({@code admin}, {@code partner:...}, {@code harvest:{source}}, {@code cli:{user}}, {@code demo}).
     */
    public Map<String, WriteOutcome> putAll(Collection<DatasetRecord> records, String origin, Map<String, Graph> reports,
                                            Node harvestRun, String actor) {
        return putAll(records, origin, reports, harvestRun, actor, List.of());
    }

    /**
     * As {@link #putAll(Collection, String, Map, Node, String)}, and withdraws the records {@code withdrawals}
     * names in the same transaction (those not stored are passed over): a harvest run's write phase is then
     * all or nothing, whenever the server stops.
     */
    public Map<String, WriteOutcome> putAll(Collection<DatasetRecord> records, String origin, Map<String, Graph> reports,
                                            Node harvestRun, String actor, Collection<String> withdrawals) {
        Set<String> ids = new HashSet<>();
        for (DatasetRecord record : records) {
            if (!ids.add(record.id())) {
                throw new IllegalArgumentException("Record '" + record.id() + "' appears twice in one write");
            }
        }
        Instant now = clock.instant();
        synchronized (writeOrder) {
            Map<String, WriteOutcome> outcomes = new LinkedHashMap<>();
            Set<String> withdrawn = new HashSet<>();
            ChangeLog.Batch[] logged = new ChangeLog.Batch[1];
            Optional<StoreState> next = gate.calculateWrite(dsg, () -> {
                // Every read and removal first: the writer then has the indexes to itself.
                ChangeLog.Batch batch = changes.begin(actor, now);
                logged[0] = batch;
                Map<String, Node> issuedById = new HashMap<>();
                Map<String, List<Quad>> previous = new HashMap<>();
                Map<String, List<Quad>> previousReports = new HashMap<>();
                for (DatasetRecord record : records) {
                    outcomes.put(record.id(), prepare(record, now, issuedById, previous));
                    Node reportGraph = iris.reportGraph(record.id());
                    previousReports.put(record.id(), quads(reportGraph));
                    dsg.removeGraph(reportGraph);
                }
                Map<String, List<Quad>> withdrawnQuads = new LinkedHashMap<>();
                for (String id : withdrawals) {
                    if (ids.contains(id) || isEmpty(iris.recordGraph(id))) {
                        continue;
                    }
                    List<Quad> deleted = quads(iris.recordGraph(id));
                    deleted.addAll(quads(iris.reportGraph(id)));
                    dsg.removeGraph(iris.recordGraph(id));
                    dsg.removeGraph(iris.reportGraph(id));
                    withdrawnQuads.put(id, deleted);
                    withdrawn.add(id);
                }
                try (QuadTableWriter writer = new QuadTableWriter(dsg)) {
                    // In chunks: each chunk's quads and patches are made on every core, then written in order.
                    List<DatasetRecord> all = List.copyOf(records);
                    for (int from = 0; from < all.size(); from += WRITE_CHUNK) {
                        List<RecordWrite> chunk = all.subList(from, Math.min(all.size(), from + WRITE_CHUNK))
                                .parallelStream()
                                .map(record -> recordWrite(record, outcomes.get(record.id()) != WriteOutcome.UNCHANGED,
                                        origin, harvestRun, issuedById.get(record.id()), now, reports.get(record.id()),
                                        previous.getOrDefault(record.id(), List.of()), previousReports.get(record.id())))
                                .toList();
                        for (RecordWrite write : chunk) {
                            write.quads().forEach(q -> writer.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
                            if (write.storedPatch() != null) {
                                batch.append(writer, write.id(), ChangeKind.PUT, write.storedPatch(), write.quads());
                            }
                        }
                    }
                    for (Map.Entry<String, List<Quad>> gone : withdrawnQuads.entrySet()) {
                        batch.append(writer, gone.getKey(), ChangeKind.WITHDRAW, gone.getValue(), List.of());
                    }
                    batch.finish(writer);
                }
                long created = outcomes.values().stream().filter(o -> o == WriteOutcome.CREATED).count();
                return outcomes.containsValue(WriteOutcome.CREATED) || outcomes.containsValue(WriteOutcome.UPDATED)
                        || !withdrawn.isEmpty()
                        ? Optional.of(recordState(state.recordCount() + created - withdrawn.size()))
                        : Optional.<StoreState>empty();
            });
            changes.committed(logged[0]);
            if (next.isPresent()) {
                state = next.get();
                Set<String> changed = new HashSet<>();
                outcomes.forEach((id, outcome) -> {
                    if (outcome != WriteOutcome.UNCHANGED) {
                        changed.add(id);
                    }
                });
                changed.addAll(withdrawn);
                lastChange.set(now);
                notifyChange(changed);
            }
            changes.forgetRecent();
            return outcomes;
        }
    }

    /** Removes a record; false when there was none with that id. The change log names no one in particular. */
    public boolean withdraw(String id) {
        return withdraw(id, "unnamed");
    }

    /**
     * Removes a record, leaving a tombstone in the change log that names {@code actor}; false when there
     * was none with that id.
     */
    public boolean withdraw(String id, String actor) {
        Node graph = iris.recordGraph(id);
        Instant now = clock.instant();
        synchronized (writeOrder) {
            ChangeLog.Batch[] logged = new ChangeLog.Batch[1];
            Optional<StoreState> next = gate.calculateWrite(dsg, () -> {
                if (isEmpty(graph)) {
                    return Optional.<StoreState>empty();
                }
                ChangeLog.Batch batch = changes.begin(actor, now);
                logged[0] = batch;
                Node reportGraph = iris.reportGraph(id);
                List<Quad> deleted = quads(graph);
                deleted.addAll(quads(reportGraph));
                dsg.removeGraph(graph);
                dsg.removeGraph(reportGraph);
                QuadSink direct = dsg::add;
                batch.append(direct, id, ChangeKind.WITHDRAW, deleted, List.of());
                batch.finish(direct);
                return Optional.of(recordState(state.recordCount() - 1));
            });
            if (next.isEmpty()) {
                return false;
            }
            changes.committed(logged[0]);
            state = next.get();
            lastChange.set(now);
            notifyChange(Set.of(id));
            return true;
        }
    }

    /**
     * Applies an entry of another server's change log (the primary's, on a replica), in one transaction
     * with its copy in this store's log under the same sequence: a crash leaves both or neither, so the
     * log's last sequence is always the last entry applied. The patch replaces whole graphs, as every
     * write does: each graph it names is checked to hold what the patch deletes, then replaced.
     *
     * @throws SequenceGapException       when the entry does not follow this log's last one
     * @throws ReplicaDivergedException when a graph the patch names does not hold what it deletes, or the
     *                                    patch touches a graph other than its record's
     */
    public void applyCopy(ChangeEntry entry) {
        Node recordGraph = iris.recordGraph(entry.recordId());
        Node reportGraph = iris.reportGraph(entry.recordId());
        Map<Node, Graph> deleted = new HashMap<>();
        Map<Node, Graph> added = new HashMap<>();
        entry.parsedPatch().apply(new RDFChangesBase() {
            @Override
            public void add(Node g, Node s, Node p, Node o) {
                added.computeIfAbsent(g, name -> GraphFactory.createDefaultGraph()).add(s, p, o);
            }

            @Override
            public void delete(Node g, Node s, Node p, Node o) {
                deleted.computeIfAbsent(g, name -> GraphFactory.createDefaultGraph()).add(s, p, o);
            }
        });
        Set<Node> touched = new HashSet<>(deleted.keySet());
        touched.addAll(added.keySet());
        for (Node g : touched) {
            if (!g.equals(recordGraph) && !g.equals(reportGraph)) {
                throw new ReplicaDivergedException("entry " + entry.sequence() + " for record '" + entry.recordId()
                        + "' touches the graph " + g + ", not that record's");
            }
        }
        synchronized (writeOrder) {
            StoreState next = gate.calculateWrite(dsg, () -> {
                boolean existed = !isEmpty(recordGraph);
                QuadSink direct = dsg::add;
                changes.appendCopy(direct, entry);
                for (Node g : touched) {
                    Graph held = copy(g);
                    Graph expected = deleted.getOrDefault(g, GraphFactory.createDefaultGraph());
                    if (!held.isIsomorphicWith(expected)) {
                        throw new ReplicaDivergedException("before entry " + entry.sequence() + ", the graph " + g
                                + " holds " + held.size() + " triples here, not the " + expected.size()
                                + " the primary's patch removes");
                    }
                    dsg.removeGraph(g);
                    added.getOrDefault(g, GraphFactory.createDefaultGraph()).find()
                            .forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
                }
                boolean exists = !isEmpty(recordGraph);
                return recordState(state.recordCount() + (exists ? 1 : 0) - (existed ? 1 : 0));
            });
            changes.committedCopy(entry.sequence());
            state = next;
            // The primary's commit time: the catalog's dct:modified and HTTP validators then agree on every node.
            lastChange.set(entry.time());
            notifyChange(Set.of(entry.recordId()));
        }
    }

    /**
     * Takes the last change log entry's time as the time of the last change, as {@link #applyCopy} does: on a
     * replica that restarts with nothing new to apply, the catalog still says when the primary last changed it.
     */
    public void takeLastChangeFromLog() {
        long last = changes.lastSequence();
        if (last > 0) {
            lastChange.set(changes.readFrom(last, 1).get(0).time());
        }
    }

    /** Writes the state that follows a change of records, in the writing transaction. */
    private StoreState recordState(long newCount) {
        StoreState next = state.changed(newCount);
        next.write(dsg);
        return next;
    }

    /**
     * Calls the listener after each committed write with the ids of the records it created, changed or
     * withdrawn (never for a write that changed nothing), on the writing thread, one write at a time and
     * in commit order; {@link #revision()} is then the revision of that write.
     */
    public void onChange(Consumer<Set<String>> listener) {
        changeListeners.add(listener);
    }

    private void notifyChange(Set<String> ids) {
        Set<String> copy = Set.copyOf(ids);
        // Listeners write files (the index's Lucene files): as a transaction, they run with no interrupt pending.
        TransactionGate.uninterrupted(() -> {
            for (Consumer<Set<String>> listener : changeListeners) {
                try {
                    listener.accept(copy);
                } catch (RuntimeException e) {
                    // The write is committed: a failing listener must not turn it into an error for the writer.
                    log.error("[store] change listener failed for {} records", copy.size(), e);
                }
            }
            return null;
        });
    }

    /** A copy of the record's graph, with its catalog record. */
    public Optional<Graph> record(String id) {
        Node graph = iris.recordGraph(id);
        return gate.calculateRead(dsg, () -> isEmpty(graph) ? Optional.empty() : Optional.of(copy(graph)));
    }

    /** The SHACL report a record was accepted with (its warnings), if it had any. */
    public Optional<Graph> report(String id) {
        Node graph = iris.reportGraph(id);
        return gate.calculateRead(dsg, () -> isEmpty(graph) ? Optional.empty() : Optional.of(copy(graph)));
    }

    /** Every record id, sorted. */
    public List<String> recordIds() {
        return new ArrayList<>(recordStamps().keySet());
    }

    /**
     * Every record's stamp (its catalog record's {@code dct:modified}, which changes whenever the record
     * does), by record id, sorted by id. One scan of the {@code dct:modified} index: far cheaper than
     * listing the graphs, which reads every quad.
     */
    public SortedMap<String, String> recordStamps() {
        return gate.calculateRead(dsg, () -> {
            SortedMap<String, String> stamps = new TreeMap<>();
            String records = iris.catalogRecordPrefix();
            dsg.find(Node.ANY, Node.ANY, DCTerms.modified.asNode(), Node.ANY).forEachRemaining(quad -> {
                // Only the catalog record's own date, in its record's graph: {base}/records/{id} in {base}/graphs/datasets/{id}.
                String id = iris.idOfRecordGraph(quad.getGraph());
                if (id != null && quad.getObject().isLiteral() && quad.getSubject().isURI()
                        && quad.getSubject().getURI().equals(records + id)) {
                    stamps.put(id, quad.getObject().getLiteralLexicalForm());
                }
            });
            return stamps;
        });
    }

    /**
     * Calls {@code action} with every record's id and a copy of its graph, in id order, all as of one
     * moment, and returns the change log's last sequence at that moment: where a view built from them
     * starts following the log.
     */
    public long eachRecord(BiConsumer<String, Graph> action) {
        return gate.calculateRead(dsg, () -> {
            SortedSet<String> ids = new TreeSet<>();
            String records = iris.catalogRecordPrefix();
            dsg.find(Node.ANY, Node.ANY, DCTerms.modified.asNode(), Node.ANY).forEachRemaining(quad -> {
                String id = iris.idOfRecordGraph(quad.getGraph());
                if (id != null && quad.getSubject().isURI() && quad.getSubject().getURI().equals(records + id)) {
                    ids.add(id);
                }
            });
            for (String id : ids) {
                action.accept(id, copy(iris.recordGraph(id)));
            }
            return changes.lastSequenceInTransaction();
        });
    }

    /**
     * The revision of the records: it changes with every write that creates, changes or withdraws one.
     * An index built from the records notes it, and at the next start trusts itself when it is unchanged.
     */
    public String revision() {
        return state.revision();
    }

    /** Where each record came from ({@code hds:origin} of its catalog record), by record id. */
    public Map<String, String> recordOrigins() {
        return gate.calculateRead(dsg, () -> {
            Map<String, String> origins = new java.util.TreeMap<>();
            dsg.find(Node.ANY, Node.ANY, HDS.origin.asNode(), Node.ANY).forEachRemaining(quad -> {
                String id = iris.idOfRecordGraph(quad.getGraph());
                if (id != null && quad.getObject().isLiteral()) {
                    origins.put(id, quad.getObject().getLiteralLexicalForm());
                }
            });
            return origins;
        });
    }

    public Graph harvestSources() {
        Node graph = iris.harvestSourcesGraph();
        return gate.calculateRead(dsg, () -> copy(graph));
    }

    public void replaceHarvestSources(Graph sources) {
        replaceGraph(iris.harvestSourcesGraph(), sources);
    }

    /** One of the server's bookkeeping graphs ({@link CatalogIris#privateGraph}), copied out; empty when absent. */
    public Graph privateGraph(String name) {
        Node graph = iris.privateGraph(name);
        return gate.calculateRead(dsg, () -> copy(graph));
    }

    /** Replaces a bookkeeping graph; what the catalog serves does not change, so neither does {@link #lastChange()}. */
    public void replacePrivateGraph(String name, Graph content) {
        Node graph = iris.privateGraph(name);
        gate.executeWrite(dsg, () -> {
            dsg.removeGraph(graph);
            Graph target = dsg.getGraph(graph);
            content.find().forEachRemaining(target::add);
        });
    }

    /** True when the store holds nothing: no record under this base or any other. */
    public boolean isEmpty() {
        return state.recordCount() == 0 && otherBase.isEmpty();
    }

    public long recordCount() {
        return state.recordCount();
    }

    /** When a write last changed what the catalog serves (or when the store was opened). */
    public Instant lastChange() {
        return lastChange.get();
    }

    public Optional<Graph> catalogDescription() {
        Node graph = iris.catalogGraph();
        return gate.calculateRead(dsg, () -> isEmpty(graph) ? Optional.empty() : Optional.of(copy(graph)));
    }

    public void replaceCatalogDescription(Graph description) {
        replaceGraph(iris.catalogGraph(), description);
    }

    /** The fingerprint of the file the stored vocabulary was loaded from, if any. */
    public Optional<String> vocabularyFingerprint(String name) {
        Node graph = iris.vocabularyGraph(name);
        return gate.calculateRead(dsg, () -> {
            var found = dsg.find(graph, graph, HDS.sourceFingerprint.asNode(), Node.ANY);
            return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm()) : Optional.<String>empty();
        });
    }

    /** Replaces a vocabulary, noting in its graph the fingerprint of the file it came from. */
    public void replaceVocabulary(String name, Graph vocabulary, String fingerprint) {
        Node graph = iris.vocabularyGraph(name);
        Graph stamped = GraphFactory.createDefaultGraph();
        vocabulary.find().forEachRemaining(stamped::add);
        stamped.add(graph, HDS.sourceFingerprint.asNode(), NodeFactory.createLiteralString(fingerprint));
        replaceGraph(graph, stamped);
    }

    /** The gate every transaction on this store passes, for work that opens its own (SPARQL requests). */
    public TransactionGate gate() {
        return gate;
    }

    /** Runs the action with no transaction under way and none starting until it ends (compaction). */
    void exclusively(Runnable action) {
        gate.exclusive(() -> {
            try {
                action.run();
            } finally {
                graphVisibility.clear();
            }
        });
    }

    /**
     * Replaces graphs derived from the records (quality measurements, link checks) in one transaction; an
     * empty graph removes its name. Records are untouched, so no change listener is called.
     */
    public void replaceDerivedGraphs(Map<Node, Graph> graphs) {
        gate.executeWrite(dsg, () -> graphs.forEach((name, content) -> {
            dsg.removeGraph(name);
            if (!content.isEmpty()) {
                Graph target = dsg.getGraph(name);
                content.find().forEachRemaining(target::add);
            }
        }));
    }

    /** A copy of a named graph, if it holds anything. */
    public Optional<Graph> graph(Node name) {
        return gate.calculateRead(dsg, () -> isEmpty(name) ? Optional.empty() : Optional.of(copy(name)));
    }

    /** Runs a read-only computation inside one read transaction; results must be copied out. */
    public <T> T read(Function<DatasetGraph, T> reader) {
        return gate.calculateRead(dsg, () -> reader.apply(dsg));
    }

    @Override
    public void close() {
        // Expel, not just close: it releases the directory lock so the store can be opened again.
        TDBInternal.expel(dsg);
    }

    /**
     * Decides what a write does to a record, and removes the stored one if it changes: its issued date
     * (kept from the stored record) goes into {@code issuedById}.
     */
    private WriteOutcome prepare(DatasetRecord record, Instant now, Map<String, Node> issuedById,
                                 Map<String, List<Quad>> previous) {
        Node graph = iris.recordGraph(record.id());
        Node catalogRecord = iris.catalogRecord(record.id());
        issuedById.put(record.id(), dateTime(now));
        if (isEmpty(graph)) {
            return WriteOutcome.CREATED;
        }
        Graph stored = copy(graph);
        Node storedDataset = objectOf(stored, catalogRecord, FOAF.primaryTopic.asNode());
        if (storedDataset != null && !storedDataset.equals(record.dataset())) {
            throw new RecordClashException(record.id(), storedDataset.getURI(), record.dataset().getURI());
        }
        Node storedIssued = objectOf(stored, catalogRecord, DCTerms.issued.asNode());
        if (storedIssued != null) {
            issuedById.put(record.id(), storedIssued);
        }
        stored.remove(catalogRecord, Node.ANY, Node.ANY);
        if (stored.isIsomorphicWith(record.content())) {
            return WriteOutcome.UNCHANGED;
        }
        previous.put(record.id(), quads(graph));
        dsg.removeGraph(graph);
        return WriteOutcome.UPDATED;
    }

    /**
     * What writing one record adds: its quads (record graph, then report graph) and, when the record or its
     * warnings changed, the change log's patch as the log stores it ({@link ChangePatch#stored}; null when
     * nothing changed).
     */
    private record RecordWrite(String id, List<Quad> quads, Node storedPatch) {
    }

    private RecordWrite recordWrite(DatasetRecord record, boolean changed, String origin, Node harvestRun, Node issued,
                                    Instant now, Graph reportGraph, List<Quad> previousQuads, List<Quad> oldReport) {
        String id = record.id();
        List<Quad> report = reportQuads(id, reportGraph);
        if (changed) {
            List<Quad> added = recordQuads(record, origin, harvestRun, issued, now);
            added.addAll(report);
            List<Quad> deleted = new ArrayList<>(previousQuads);
            deleted.addAll(oldReport);
            return new RecordWrite(id, added, ChangePatch.stored(deleted, added));
        }
        // The record is as it was, but it may have been accepted with other warnings.
        return new RecordWrite(id, report, sameGraph(oldReport, report) ? null : ChangePatch.stored(oldReport, report));
    }

    /** Every quad of a record's graph: its content and its catalog record. */
    private List<Quad> recordQuads(DatasetRecord record, String origin, Node harvestRun, Node issued, Instant now) {
        Node graph = iris.recordGraph(record.id());
        Node catalogRecord = iris.catalogRecord(record.id());
        List<Quad> quads = new ArrayList<>();
        record.content().find().forEachRemaining(t -> quads.add(Quad.create(graph, t)));
        quads.add(Quad.create(graph, catalogRecord, RDF.type.asNode(), DCAT.CatalogRecord.asNode()));
        quads.add(Quad.create(graph, catalogRecord, FOAF.primaryTopic.asNode(), record.dataset()));
        quads.add(Quad.create(graph, catalogRecord, DCTerms.issued.asNode(), issued));
        quads.add(Quad.create(graph, catalogRecord, DCTerms.modified.asNode(), dateTime(now)));
        quads.add(Quad.create(graph, catalogRecord, HDS.origin.asNode(), NodeFactory.createLiteralString(origin)));
        if (harvestRun != null) {
            quads.add(Quad.create(graph, catalogRecord, HDS.harvestRun.asNode(), harvestRun));
        }
        return quads;
    }

    /** The quads of a record's report graph; a report without results (no warnings) is not stored. */
    private List<Quad> reportQuads(String id, Graph report) {
        List<Quad> quads = new ArrayList<>();
        if (report != null && report.contains(Node.ANY, SHACL.focusNode, Node.ANY)) {
            Node graph = iris.reportGraph(id);
            report.find().forEachRemaining(t -> quads.add(Quad.create(graph, t)));
        }
        return quads;
    }

    private List<Quad> quads(Node graph) {
        List<Quad> quads = new ArrayList<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        return quads;
    }

    private static boolean sameGraph(List<Quad> a, List<Quad> b) {
        if (a.size() != b.size()) {
            return false;
        }
        if (a.isEmpty()) {
            return true;
        }
        Graph left = GraphFactory.createDefaultGraph();
        Graph right = GraphFactory.createDefaultGraph();
        a.forEach(q -> left.add(q.asTriple()));
        b.forEach(q -> right.add(q.asTriple()));
        return left.isIsomorphicWith(right);
    }

    private void replaceGraph(Node graph, Graph content) {
        gate.executeWrite(dsg, () -> {
            dsg.removeGraph(graph);
            Graph target = dsg.getGraph(graph);
            content.find().forEachRemaining(target::add);
        });
        lastChange.set(clock.instant());
    }

    /** A base URL other than ours under which the store has records: the operator changed it. */
    private Optional<String> otherBaseInUse() {
        for (Iterator<Node> graphs = dsg.listGraphNodes(); graphs.hasNext(); ) {
            Node graph = graphs.next();
            if (graph.isURI() && iris.idOfRecordGraph(graph) == null && graph.getURI().contains(RECORD_GRAPH_PATH)) {
                return Optional.of(graph.getURI().substring(0, graph.getURI().indexOf(RECORD_GRAPH_PATH)));
            }
        }
        return Optional.empty();
    }

    private boolean isEmpty(Node graph) {
        return !dsg.contains(graph, Node.ANY, Node.ANY, Node.ANY);
    }

    private Graph copy(Node graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> copy.add(quad.asTriple()));
        return copy;
    }

    private static Node objectOf(Graph graph, Node subject, Node predicate) {
        Iterator<Triple> found = graph.find(subject, predicate, Node.ANY);
        return found.hasNext() ? found.next().getObject() : null;
    }

    private static Node dateTime(Instant instant) {
        return NodeFactory.createLiteralDT(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
