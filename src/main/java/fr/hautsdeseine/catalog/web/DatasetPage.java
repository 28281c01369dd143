package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.ingest.RecordIds;
import fr.hautsdeseine.catalog.site.DatasetView;
import fr.hautsdeseine.catalog.site.DatasetViews;
import fr.hautsdeseine.catalog.site.PageFrame;
import fr.hautsdeseine.catalog.store.CatalogStore;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/** The HTML page of one dataset; the record's content negotiation calls {@link #render} for {@code text/html}. */
public final class DatasetPage implements DatasetHtml {
    private final CatalogStore store;
    private final DatasetViews views;
    private final SitePages pages;
    private final StoredWarnings warnings;

    /**
     * @param warnings the SHACL warnings stored with each record
     */
    DatasetPage(CatalogStore store, DatasetViews views, SitePages pages, StoredWarnings warnings) {
        this.store = store;
        this.views = views;
        this.pages = pages;
        this.warnings = warnings;
    }

    @Override
    public void notFound(Context ctx, String id) {
        PageFrame frame = pages.frame(ctx, "");
        pages.notFound(ctx, frame, frame.t().format("error.nodataset", id));
    }

    @Override
    public void render(Context ctx, String id) {
        PageFrame frame = pages.frame(ctx, "");
        Optional<Graph> record = RecordIds.isValidId(id) ? store.record(id) : Optional.empty();
        if (record.isEmpty()) {
            pages.notFound(ctx, frame, frame.t().format("error.nodataset", id));
            return;
        }
        DatasetView view = views.view(id, record.get(), frame.lang(), warnings.of(id, frame.lang()));
        pages.render(ctx, 200, "dataset.jte", Map.of("frame", frame.titled(view.title().value()), "d", view));
    }
}
