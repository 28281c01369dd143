package fr.hautsdeseine.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.HashSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
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

/**
 * The full-text index of the catalog's records, with facets, in a directory of its own. Writes are
 * committed at once and seen by the next search; the commit carries the version of the document layout,
 * so a server whose layout changed rebuilds the index.
 */
public final class SearchIndex implements AutoCloseable {
    /** Bump when {@link IndexDocuments} changes what it writes: an index of another layout is rebuilt. */
    static final String LAYOUT = "2";
    private static final String LAYOUT_KEY = "layout";
    /** The last change log entry the committed index reflects. */
    private static final String SEQUENCE_KEY = "changeSequence";
    private static final int MAX_FACET_VALUES = 200;

    private final Directory directory;
    private final Analyzer analyzer = new FrenchTextAnalyzer();
    private final IndexDocuments documents = new IndexDocuments();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean layoutChanged;
    private OptionalLong sequence;
    private volatile FacetState facetState;

    private record FacetState(DirectoryReader reader, SortedSetDocValuesReaderState state) {
    }

    private SearchIndex(Directory directory, IndexWriter writer, boolean layoutChanged, OptionalLong sequence)
            throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.layoutChanged = layoutChanged;
        this.sequence = sequence;
        this.searchers = new SearcherManager(writer, null);
    }

    public static SearchIndex open(Path path) {
        try {
            Directory directory = FSDirectory.open(path);
            boolean existed = DirectoryReader.indexExists(directory);
            Map<String, String> committed = Map.of();
            if (existed) {
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    committed = reader.getIndexCommit().getUserData();
                }
            }
            boolean sameLayout = LAYOUT.equals(committed.get(LAYOUT_KEY));
            IndexWriterConfig config = new IndexWriterConfig(new FrenchTextAnalyzer());
            config.setOpenMode(sameLayout ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
            IndexWriter writer = new IndexWriter(directory, config);
            String noted = sameLayout ? committed.get(SEQUENCE_KEY) : null;
            OptionalLong sequence = noted == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(noted));
            writer.setLiveCommitData(commitData(sequence).entrySet());
            writer.commit();
            return new SearchIndex(directory, writer, existed && !sameLayout, sequence);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + path + ": " + e.getMessage(), e);
        }
    }

    /** True when an index was found but written in another layout, and so was emptied to be rebuilt. */
    public boolean layoutChanged() {
        return layoutChanged;
    }

    /** The last change log entry the index reflects; empty when it never noted one (a new or emptied index). */
    public synchronized OptionalLong appliedSequence() {
        return sequence;
    }

    /** Adds or replaces these entries and withdraws those ids, in one commit that notes the log entry they reach. */
    public synchronized void update(Collection<IndexedDataset> entries, Collection<String> withdrawn, long changeSequence) {
        try {
            for (IndexedDataset entry : entries) {
                writer.updateDocument(new Term(IndexDocuments.ID, entry.id()), documents.toDocument(entry));
            }
            for (String id : withdrawn) {
                writer.deleteDocuments(new Term(IndexDocuments.ID, id));
            }
            commit(OptionalLong.of(changeSequence));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the search index: " + e.getMessage(), e);
        }
    }

    /** Replaces every entry with these, in one commit that notes the log entry they reflect. */
    public synchronized void replaceAll(Collection<IndexedDataset> entries, long changeSequence) {
        try {
            writer.deleteAll();
            for (IndexedDataset entry : entries) {
                writer.addDocument(documents.toDocument(entry));
            }
            commit(OptionalLong.of(changeSequence));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rebuild the search index: " + e.getMessage(), e);
        }
    }

    private void commit(OptionalLong changeSequence) throws IOException {
        writer.setLiveCommitData(commitData(changeSequence).entrySet());
        writer.commit();
        sequence = changeSequence;
        searchers.maybeRefreshBlocking();
    }

    private static Map<String, String> commitData(OptionalLong sequence) {
        return sequence.isPresent()
                ? Map.of(LAYOUT_KEY, LAYOUT, SEQUENCE_KEY, Long.toString(sequence.getAsLong()))
                : Map.of(LAYOUT_KEY, LAYOUT);
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

    /** The ids of every record the text finds, as {@link #search} would find them; every record for no searchable word. */
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
            throw new UncheckedIOException("Search index failure: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index: " + e.getMessage(), e);
        }
    }
}
