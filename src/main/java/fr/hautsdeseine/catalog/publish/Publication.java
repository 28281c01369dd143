package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/** What the catalog publishes: its pages, its records and when each last changed. */
public final class Publication {
    private final CatalogStore store;
    private final RecordIndex index;
    private final CatalogPager pager;
    private final CatalogDocument document;

    /**
     * A publication whose record index is built from the store and kept in memory only, without text
     * filters (the command line's export, which pages the whole catalog).
     */
    public Publication(CatalogStore store, Clock clock) {
        this(store, clock, RecordIndex.build(store), TextSearch.UNAVAILABLE);
    }

    private Publication(CatalogStore store, Clock clock, RecordIndex index, TextSearch textSearch) {
        this.store = store;
        this.index = index;
        this.pager = new CatalogPager(index, textSearch);
        this.document = new CatalogDocument(store, new RecordView(store.iris(), clock));
    }

    /**
     * A publication whose record index is saved in {@code indexFile} by {@link #save()} and read back from it,
     * and whose text filter ({@code q}) is answered by {@code textSearch}.
     */
    public static Publication open(CatalogStore store, Clock clock, Path indexFile, TextSearch textSearch) {
        return new Publication(store, clock, RecordIndex.open(store, indexFile), textSearch);
    }

    /** Saves the record index for the next start. */
    public void save() {
        index.save();
    }

    public CatalogIris iris() {
        return store.iris();
    }

    public CatalogPage page(PageRequest request) {
        return pager.page(request);
    }

    public Graph pageGraph(CatalogPage page, PageLinks links) {
        return document.page(page, links);
    }

    public Optional<Graph> record(String id) {
        return document.record(id);
    }

    public boolean hasRecord(String id) {
        return index.find(id).isPresent();
    }

    /** When the record last changed (its catalog record's {@code dct:modified}). */
    public Optional<Instant> recordModified(String id) {
        return index.find(id).map(RecordSummary::modified);
    }

    /** When anything the catalog serves last changed. */
    public Instant lastChange() {
        return store.lastChange();
    }

    public Graph wholeCatalog() {
        return document.whole();
    }
}
