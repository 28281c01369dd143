package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.index.RecordSummary;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** What the catalog publishes: its pages, its records and when each last changed. */
public final class Publication {
    private final CatalogStore store;
    private final CatalogIndex index;
    private final CatalogPager pager;
    private final CatalogDocument document;
    private final CatalogTables tables;
    private final RecordView view;
    private ChangeHistory history;

    /** A publication whose pages, filters and record dates come from {@code index}, which follows {@code store}. */
    public Publication(CatalogStore store, Clock clock, CatalogIndex index) {
        this.store = store;
        this.index = index;
        this.pager = new CatalogPager(index);
        this.view = new RecordView(store.iris(), clock);
        this.document = new CatalogDocument(store, view);
        this.tables = new CatalogTables(document, store.iris(), view);
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

    /** A catalog page in a profile; the page must have been asked for with the profile's filter. */
    public Graph pageGraph(CatalogPage page, PageLinks links, PublicationProfile profile) {
        return ProfileShaping.shape(profile, document.page(page, links), store.iris());
    }

    public Optional<Graph> record(String id) {
        return document.record(id);
    }

    /** Several records in a profile, by id, read in one transaction; those that do not exist are left out. */
    public Map<String, Graph> records(List<String> ids, PublicationProfile profile) {
        Map<String, Graph> records = document.records(ids);
        records.replaceAll((id, graph) -> ProfileShaping.shape(profile, graph, store.iris()));
        return records;
    }

    public Optional<Graph> record(String id, PublicationProfile profile) {
        return document.record(id).map(graph -> ProfileShaping.shape(profile, graph, store.iris()));
    }

    /** Whether the record belongs in the profile: every record does, but only high-value datasets are in HVD. */
    public boolean inProfile(String id, PublicationProfile profile) {
        return index.find(id).filter(summary -> profile != PublicationProfile.HVD || summary.hvd()).isPresent();
    }

    public boolean hasRecord(String id) {
        return index.find(id).isPresent();
    }

    /** The change log as a history of activities on datasets, read on first use and followed from then on. */
    public synchronized ChangeHistory history() {
        if (history == null) {
            history = ChangeHistory.follow(store, view);
        }
        return history;
    }

    /** The dataset a served record's graph describes. */
    public Optional<Node> datasetOf(String id, Graph record) {
        return view.datasetOf(id, record);
    }

    /** What the catalog's filters know of a record. */
    public Optional<RecordSummary> summary(String id) {
        return index.find(id);
    }

    /** When the record last changed (its catalog record's {@code dct:modified}). */
    public Optional<Instant> recordModified(String id) {
        return index.find(id).map(RecordSummary::modified);
    }

    /** When anything the catalog serves last changed. */
    public Instant lastChange() {
        return store.lastChange();
    }

    /** Every record the filter keeps, in id order: what a walk of the catalog's pages with that filter reads. */
    public List<RecordSummary> matching(CatalogFilter filter) {
        return pager.matching(filter);
    }

    /** One row per dataset of the records the filter keeps. */
    public Table datasetTable(CatalogFilter filter) {
        return tables.datasets(ids(matching(filter)));
    }

    /** One row per distribution of the records the filter keeps. */
    public Table distributionTable(CatalogFilter filter) {
        return tables.distributions(ids(matching(filter)));
    }

    private static List<String> ids(List<RecordSummary> summaries) {
        return summaries.stream().map(RecordSummary::id).toList();
    }

    public Graph wholeCatalog() {
        return document.whole();
    }
}
