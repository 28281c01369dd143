package fr.hautsdeseine.catalog.index;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** The layout of one record in the index: which field holds what, how results are sorted and read back. */
final class IndexDocuments {
    static final String ID = "id";
    static final String TITLE = "title";
    static final String KEYWORDS = "keywords";
    static final String TEXT = "text";
    static final String MODIFIED = "modified";
    private static final String MODIFIED_DAY = "modified_day";
    private static final String SORT_TITLE = "sort_title_";
    private static final String TITLE_STORED = "title_";
    private static final String DESCRIPTION_STORED = "description_";
    private static final String FACET_STORED = "facet_";
    private static final int STORED_DESCRIPTION_LENGTH = 400;
    private static final List<String> SORT_LANGUAGES = List.of("fr", "en");
    /** The catalog's view of the record ({@link RecordSummary}), read back into memory when the index opens. */
    static final String RECORD_ID = "record_id";
    static final String RECORD_MODIFIED_SECOND = "record_modified_s";
    static final String RECORD_MODIFIED_NANO = "record_modified_n";
    static final String RECORD_THEME = "record_theme";
    static final String RECORD_PUBLISHER = "record_publisher";
    static final String RECORD_HVD = "record_hvd";
    /** A facet every document has, so that facet counting works even when no record has any facet value. */
    private static final String ALWAYS = "indexed";

    private final FacetsConfig facetsConfig = new FacetsConfig();

    IndexDocuments() {
        for (Facet facet : Facet.values()) {
            facetsConfig.setMultiValued(facet.param(), true);
        }
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    Document toDocument(RecordFacts entry) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        entry.titles().values().forEach(title -> doc.add(new TextField(TITLE, title, Field.Store.NO)));
        entry.keywords().forEach(keyword -> doc.add(new TextField(KEYWORDS, keyword, Field.Store.NO)));
        StringBuilder text = new StringBuilder();
        entry.titles().values().forEach(value -> text.append(value).append('\n'));
        entry.descriptions().values().forEach(value -> text.append(value).append('\n'));
        entry.keywords().forEach(value -> text.append(value).append('\n'));
        text.append(entry.noticeText());
        doc.add(new TextField(TEXT, text.toString(), Field.Store.NO));
        entry.titles().forEach((lang, title) -> doc.add(new StoredField(TITLE_STORED + lang, title)));
        entry.descriptions().forEach((lang, description) ->
                doc.add(new StoredField(DESCRIPTION_STORED + lang, shorten(description))));
        for (String lang : SORT_LANGUAGES) {
            doc.add(new SortedDocValuesField(SORT_TITLE + lang, new BytesRef(sortKey(pick(entry.titles(), lang)))));
        }
        doc.add(new NumericDocValuesField(MODIFIED_DAY, epochDay(entry.modified())));
        doc.add(new StoredField(MODIFIED, entry.modified()));
        entry.facets().forEach((facet, values) -> values.stream().distinct().filter(v -> !v.isBlank()).forEach(value -> {
            doc.add(new SortedSetDocValuesFacetField(facet.param(), value));
            doc.add(new StoredField(FACET_STORED + facet.param(), value));
        }));
        doc.add(new SortedSetDocValuesFacetField(ALWAYS, "yes"));
        entry.catalog().ifPresent(summary -> addSummary(doc, summary));
        return facetsConfig.build(doc);
    }

    private static void addSummary(Document doc, RecordSummary summary) {
        doc.add(new SortedDocValuesField(RECORD_ID, new BytesRef(summary.id())));
        doc.add(new NumericDocValuesField(RECORD_MODIFIED_SECOND, summary.modified().getEpochSecond()));
        doc.add(new NumericDocValuesField(RECORD_MODIFIED_NANO, summary.modified().getNano()));
        summary.themes().forEach(theme -> doc.add(new SortedSetDocValuesField(RECORD_THEME, new BytesRef(theme))));
        summary.publishers().forEach(iri -> doc.add(new SortedSetDocValuesField(RECORD_PUBLISHER, new BytesRef(iri))));
        doc.add(new NumericDocValuesField(RECORD_HVD, summary.hvd() ? 1 : 0));
    }

    /**
     * The summaries of every live document that has one, sorted by id, read from doc values (a column per
     * field, far quicker to scan than stored documents). Themes and publishers repeat: one copy of each is kept.
     */
    List<RecordSummary> summaries(IndexReader reader) throws IOException {
        List<RecordSummary> all = new ArrayList<>(reader.numDocs());
        Map<String, String> shared = new HashMap<>();
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            Bits live = leaf.getLiveDocs();
            SortedDocValues ids = DocValues.getSorted(leaf, RECORD_ID);
            NumericDocValues seconds = DocValues.getNumeric(leaf, RECORD_MODIFIED_SECOND);
            NumericDocValues nanos = DocValues.getNumeric(leaf, RECORD_MODIFIED_NANO);
            SortedSetDocValues themes = DocValues.getSortedSet(leaf, RECORD_THEME);
            SortedSetDocValues publishers = DocValues.getSortedSet(leaf, RECORD_PUBLISHER);
            NumericDocValues hvd = DocValues.getNumeric(leaf, RECORD_HVD);
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
                    continue;
                }
                Instant modified = seconds.advanceExact(doc) && nanos.advanceExact(doc)
                        ? Instant.ofEpochSecond(seconds.longValue(), nanos.longValue()) : Instant.EPOCH;
                all.add(new RecordSummary(ids.lookupOrd(ids.ordValue()).utf8ToString(), modified,
                        values(themes, doc, shared), values(publishers, doc, shared),
                        hvd.advanceExact(doc) && hvd.longValue() == 1));
            }
        }
        all.sort(Comparator.comparing(RecordSummary::id));
        return all;
    }

    private static Set<String> values(SortedSetDocValues values, int doc, Map<String, String> shared)
            throws IOException {
        if (!values.advanceExact(doc)) {
            return Set.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < values.docValueCount(); i++) {
            String value = values.lookupOrd(values.nextOrd()).utf8ToString();
            found.add(shared.computeIfAbsent(value, v -> v));
        }
        return Collections.unmodifiableSet(found);
    }

    SearchResults.Hit toHit(Document stored) {
        return new SearchResults.Hit(stored.get(ID), byLanguage(stored, TITLE_STORED), byLanguage(stored, DESCRIPTION_STORED),
                List.of(stored.getValues(FACET_STORED + Facet.PUBLISHER.param())),
                List.of(stored.getValues(FACET_STORED + Facet.THEME.param())),
                List.of(stored.getValues(FACET_STORED + Facet.FORMAT.param())), stored.get(MODIFIED));
    }

    Sort sort(SearchQuery.Order order, boolean hasText, String titleLanguage) {
        SortField byModified = new SortField(MODIFIED_DAY, SortField.Type.LONG, true);
        String lang = SORT_LANGUAGES.contains(titleLanguage) ? titleLanguage : SORT_LANGUAGES.get(0);
        SortField byTitle = new SortField(SORT_TITLE + lang, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> hasText ? new Sort(SortField.FIELD_SCORE, byModified) : new Sort(byModified, byTitle);
            case MODIFIED -> new Sort(byModified, byTitle);
            case TITLE -> new Sort(byTitle, byModified);
        };
    }

    private static Map<String, String> byLanguage(Document stored, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        for (IndexableField field : stored.getFields()) {
            if (field.name().startsWith(prefix)) {
                values.put(field.name().substring(prefix.length()), field.stringValue());
            }
        }
        return values;
    }

    private static String pick(Map<String, String> byLanguage, String lang) {
        List<String> order = new ArrayList<>(List.of(lang, "", "fr", "en"));
        for (String candidate : order) {
            if (byLanguage.containsKey(candidate)) {
                return byLanguage.get(candidate);
            }
        }
        return byLanguage.values().stream().findFirst().orElse("");
    }

    /** Titles sort as a French reader expects: "Écoles" beside "ecoles", case ignored. */
    private static String sortKey(String title) {
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).strip();
    }

    private static long epochDay(String date) {
        try {
            return LocalDate.parse(date).atStartOfDay().toEpochSecond(ZoneOffset.UTC) / 86_400;
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }

    private static String shorten(String text) {
        return text.length() <= STORED_DESCRIPTION_LENGTH ? text : text.substring(0, STORED_DESCRIPTION_LENGTH);
    }
}
