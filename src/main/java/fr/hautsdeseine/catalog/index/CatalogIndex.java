package fr.hautsdeseine.catalog.index;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeEntry;
import fr.hautsdeseine.catalog.store.ChangeFollower;
import fr.hautsdeseine.catalog.store.ChangeKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one index derived from the records, following the change log: site search and facets, the catalog's
 * pages and filters (an in-memory list of {@link RecordSummary}, sorted by id, read back from the index when
 * it opens), existence and {@code modified} of a record, and labels. Each change log entry is read once
 * ({@link RecordFactsReader}) and applied in one Lucene commit that also notes the entry's sequence, so
 * that the documents and the position in the log are durable together: after a restart or a crash the
 * index applies only the entries it missed. The commit also notes the document layout and the base URL;
 * an index of another layout or base is rebuilt from the records.
 */
public final class CatalogIndex implements ChangeFollower.View, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CatalogIndex.class);
    /** Bump when {@link IndexDocuments} or {@link RecordFactsReader} change what they write: the index is rebuilt. */
    static final String LAYOUT = "3";
    private static final String LAYOUT_KEY = "layout";
    private static final String BASE_KEY = "base";
    private static final String SEQUENCE_KEY = "changeSequence";
    private static final int MAX_FACET_VALUES = 200;

    private final Directory directory;
    private final String base;
    private final CatalogIris iris;
    private final RecordFactsReader facts;
    private final KnownLabels labels;
    private final Analyzer analyzer = new FrenchTextAnalyzer();
    private final IndexDocuments documents = new IndexDocuments();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile OptionalLong sequence;
    private volatile List<RecordSummary> sorted;
    private volatile FacetState facetState;
    private ChangeFollower.CatchUp start = new ChangeFollower.CatchUp(0, false);

    private record FacetState(DirectoryReader reader, SortedSetDocValuesReaderState state) {
    }

    private CatalogIndex(Directory directory, CatalogStore store, IndexWriter writer, OptionalLong sequence)
            throws IOException {
        this.directory = directory;
        this.base = store.iris().base();
        this.iris = store.iris();
        this.facts = new RecordFactsReader(store.iris());
        this.labels = new KnownLabels(store);
        this.writer = writer;
        this.sequence = sequence;
        this.searchers = new SearcherManager(writer, null);
        this.sorted = withSearcher(searcher -> documents.summaries(searcher.getIndexReader()));
    }

    /**
     * Opens the index kept in {@code path}, brings it up to the store's change log (applying the entries it
     * missed, or rebuilding it when it cannot) and follows every write from then on.
     */
    public static CatalogIndex open(CatalogStore store, Path path) {
        long started = System.nanoTime();
        try {
            CatalogIndex index = create(FSDirectory.open(path), store);
            try {
                index.follow(store);
            } catch (RuntimeException e) {
                index.close();   // releases the index's write lock for the next try
                throw e;
            }
            log.info("[index] {} records ready in {} ms ({})", index.sorted.size(),
                    (System.nanoTime() - started) / 1_000_000,
                    index.start.rebuilt() ? "rebuilt from the store" : index.start.applied() + " change log entries applied");
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the index in " + path + ": " + e.getMessage(), e);
        }
    }

    private static CatalogIndex create(Directory directory, CatalogStore store) throws IOException {
        Map<String, String> committed = Map.of();
        if (DirectoryReader.indexExists(directory)) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                committed = reader.getIndexCommit().getUserData();
            }
        }
        String base = store.iris().base();
        boolean usable = LAYOUT.equals(committed.get(LAYOUT_KEY)) && base.equals(committed.get(BASE_KEY));
        if (!committed.isEmpty() && !usable) {
            log.info("[index] the index was written in another layout or for another base URL: it is rebuilt");
        }
        IndexWriterConfig config = new IndexWriterConfig(new FrenchTextAnalyzer());
        config.setOpenMode(usable ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
        IndexWriter writer = new IndexWriter(directory, config);
        String noted = usable ? committed.get(SEQUENCE_KEY) : null;
        OptionalLong sequence = noted == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(noted));
        writer.setLiveCommitData(commitData(base, sequence).entrySet());
        writer.commit();
        return new CatalogIndex(directory, store, writer, sequence);
    }

    private void follow(CatalogStore store) {
        start = new ChangeFollower(store, this).start();
    }

    /** What the start did: how many missed entries it applied, or whether it rebuilt the index instead. */
    public ChangeFollower.CatchUp startCatchUp() {
        return start;
    }

    @Override
    public String name() {
        return "index";
    }

    /** The last change log entry the index reflects; empty when it never noted one (a new or emptied index). */
    @Override
    public OptionalLong appliedSequence() {
        return sequence;
    }

    /** Each entry carries its record's new graph: the store is not read again. The last entry of a record wins. */
    @Override
    public synchronized void apply(List<ChangeEntry> entries) {
        // Each entry's facts are read on every core, then taken in order: the last entry of a record wins.
        List<EntryFacts> read = entries.parallelStream().map(this::factsOf).toList();
        Map<String, Optional<RecordFacts>> latest = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            EntryFacts change = read.get(i);
            if (change.withdrawn()) {
                latest.put(entries.get(i).recordId(), Optional.empty());
            } else if (change.facts() != null) {   // null: only the record's warnings changed
                latest.put(entries.get(i).recordId(), Optional.of(change.facts()));
                labels.learn(change.record());
            }
        }
        labels.forgetMisses();
        TreeMap<String, Optional<RecordSummary>> summaries = new TreeMap<>();
        try {
            for (Map.Entry<String, Optional<RecordFacts>> change : latest.entrySet()) {
                Term id = new Term(IndexDocuments.ID, change.getKey());
                if (change.getValue().isPresent()) {
                    RecordFacts record = change.getValue().get();
                    writer.updateDocument(id, documents.toDocument(record));
                    summaries.put(record.id(), record.catalog());
                } else {
                    writer.deleteDocuments(id);
                    summaries.put(change.getKey(), Optional.empty());
                }
            }
            commit(entries.get(entries.size() - 1).sequence(), merged(sorted, summaries));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the index: " + e.getMessage(), e);
        }
    }

    /** What an entry makes of its record: withdrawn, or its new graph and facts (both null: only its warnings changed). */
    private record EntryFacts(boolean withdrawn, Graph record, RecordFacts facts) {
    }

    private EntryFacts factsOf(ChangeEntry entry) {
        if (entry.kind() == ChangeKind.WITHDRAW) {
            return new EntryFacts(true, null, null);
        }
        Graph record = entry.addedTo(iris.recordGraph(entry.recordId()));
        return record.isEmpty() ? new EntryFacts(false, null, null)
                : new EntryFacts(false, record, facts.read(entry.recordId(), record));
    }

    /**
     * The summaries sorted by id with these changes made (an empty one removes its record): one pass over both
     * sorted lists, as a write changes a few records of many.
     */
    static List<RecordSummary> merged(List<RecordSummary> current, TreeMap<String, Optional<RecordSummary>> changes) {
        List<RecordSummary> next = new ArrayList<>(current.size() + changes.size());
        Iterator<Map.Entry<String, Optional<RecordSummary>>> changed = changes.entrySet().iterator();
        Map.Entry<String, Optional<RecordSummary>> change = changed.hasNext() ? changed.next() : null;
        for (RecordSummary summary : current) {
            while (change != null && change.getKey().compareTo(summary.id()) < 0) {
                change.getValue().ifPresent(next::add);
                change = changed.hasNext() ? changed.next() : null;
            }
            if (change != null && change.getKey().equals(summary.id())) {
                change.getValue().ifPresent(next::add);
                change = changed.hasNext() ? changed.next() : null;
            } else {
                next.add(summary);
            }
        }
        while (change != null) {
            change.getValue().ifPresent(next::add);
            change = changed.hasNext() ? changed.next() : null;
        }
        return Collections.unmodifiableList(next);
    }

    /** Replaces every document with the records as the store holds them, in one commit. */
    @Override
    public synchronized void rebuild(CatalogStore store) {
        List<RecordSummary> all = new ArrayList<>();
        try {
            writer.deleteAll();
            long last = store.eachRecord((id, record) -> {
                RecordFacts read = facts.read(id, record);
                read.catalog().ifPresent(all::add);
                try {
                    writer.addDocument(documents.toDocument(read));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            all.sort(Comparator.comparing(RecordSummary::id));
            labels.forgetMisses();
            commit(last, List.copyOf(all));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rebuild the index: " + e.getMessage(), e);
        }
    }

    private void commit(long changeSequence, List<RecordSummary> summaries) throws IOException {
        writer.setLiveCommitData(commitData(base, OptionalLong.of(changeSequence)).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        sorted = summaries;
        sequence = OptionalLong.of(changeSequence);
    }

    private static Map<String, String> commitData(String base, OptionalLong sequence) {
        return sequence.isPresent()
                ? Map.of(LAYOUT_KEY, LAYOUT, BASE_KEY, base, SEQUENCE_KEY, Long.toString(sequence.getAsLong()))
                : Map.of(LAYOUT_KEY, LAYOUT, BASE_KEY, base);
    }

    /** The summaries of every record in the catalog, by id; immutable. */
    public List<RecordSummary> snapshot() {
        return sorted;
    }

    /** What the catalog knows of the record: whether it exists, and when it last changed. */
    public Optional<RecordSummary> find(String id) {
        List<RecordSummary> all = sorted;
        int at = RecordSummary.position(all, id);
        return at >= 0 ? Optional.of(all.get(at)) : Optional.empty();
    }

    /** The labels of the IRIs records and vocabularies name. */
    public KnownLabels labels() {
        return labels;
    }

    public SearchResults search(SearchQuery query) {
        return withSearcher(searcher -> {
            if (searcher.getIndexReader().numDocs() == 0) {
                return new SearchResults(0, List.of(), Map.of());
            }
            Query text = new TextQueryBuilder(analyzer).build(query.text());
            DrillDownQuery drillDown = new DrillDownQuery(documents.facetsConfig(), text == null ? new MatchAllDocsQuery() : text);
            query.filters().forEach((facet, values) -> values.forEach(value -> drillDown.add(facet.param(), value)));
            int wanted = query.page() * query.pageSize();
            DrillSideways sideways = new DrillSideways(searcher, documents.facetsConfig(), facetState(searcher));
            DrillSideways.DrillSidewaysResult result = sideways.search(drillDown, null, null, wanted,
                    documents.sort(query.order(), text != null, query.titleLanguage()), text != null);
            List<SearchResults.Hit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            ScoreDoc[] docs = result.hits.scoreDocs;
            for (int i = (query.page() - 1) * query.pageSize(); i < docs.length; i++) {
                hits.add(documents.toHit(stored.document(docs[i].doc)));
            }
            Map<Facet, List<SearchResults.FacetCount>> counts = new EnumMap<>(Facet.class);
            for (Facet facet : Facet.values()) {
                counts.put(facet, counts(result, facet));
            }
            return new SearchResults(searcher.count(drillDown), hits, counts);
        });
    }

    /**
     * The ids of every record the words find, with the analyzer and query builder of {@link #search}, so that
     * the catalog's text filter and the site's search find the same records; every record for no searchable word.
     */
    public Set<String> idsMatching(String text) {
        return withSearcher(searcher -> {
            int count = searcher.getIndexReader().numDocs();
            if (count == 0) {
                return Set.of();
            }
            Query query = new TextQueryBuilder(analyzer).build(text);
            TopDocs found = searcher.search(query == null ? new MatchAllDocsQuery() : query, count);
            StoredFields stored = searcher.storedFields();
            Set<String> ids = new HashSet<>();
            for (ScoreDoc doc : found.scoreDocs) {
                ids.add(stored.document(doc.doc, Set.of(IndexDocuments.ID)).get(IndexDocuments.ID));
            }
            return ids;
        });
    }

    private static List<SearchResults.FacetCount> counts(DrillSideways.DrillSidewaysResult result, Facet facet)
            throws IOException {
        FacetResult top;
        try {
            top = result.facets.getTopChildren(MAX_FACET_VALUES, facet.param());
        } catch (IllegalArgumentException notIndexed) {
            return List.of();   // no record has a value for this facet yet
        }
        if (top == null) {
            return List.of();
        }
        List<SearchResults.FacetCount> counts = new ArrayList<>();
        for (LabelAndValue value : top.labelValues) {
            counts.add(new SearchResults.FacetCount(value.label, value.value.longValue()));
        }
        return counts;
    }

    /** The facet ordinals of a reader are built once per reader, not once per search. */
    private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
        FacetState current = facetState;
        if (current == null || current.reader() != reader) {
            current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, documents.facetsConfig()));
            facetState = current;
        }
        return current.state();
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Index failure: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the index: " + e.getMessage(), e);
        }
    }
}
