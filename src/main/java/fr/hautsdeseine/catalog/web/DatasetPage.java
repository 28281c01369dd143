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
    private final RenderedPages rendered = new RenderedPages(2_000);

    /**
     * @param warnings the SHACL warnings stored with each record
     */
    DatasetPage(CatalogStore store, DatasetViews views, SitePages pages, StoredWarnings warnings) {
        this.store = store;
        this.views = views;
        this.pages = pages;
        this.warnings = warnings;
        // Any committed write may change a record, its warnings or the labels its page shows.
        store.onChange(changed -> rendered.clear());
    }

    @Override
    public void notFound(Context ctx, String id) {
        PageFrame frame = pages.frame(ctx, "");
        pages.notFound(ctx, frame, frame.t().format("error.nodataset", id));
    }

    @Override
    public void render(Context ctx, String id) {
        PageFrame frame = pages.frame(ctx, "");
        // The page depends on the record, the language and the URL (its language switch link) only.
        String key = frame.lang().code() + " " + ctx.fullUrl();
        String cached = rendered.get(key);
        if (cached != null) {
            pages.send(ctx, 200, cached);
            return;
        }
        Optional<Graph> record = RecordIds.isValidId(id) ? store.record(id) : Optional.empty();
        if (record.isEmpty()) {
            pages.notFound(ctx, frame, frame.t().format("error.nodataset", id));
            return;
        }
        DatasetView view = views.view(id, record.get(), frame.lang(), warnings.of(id, frame.lang()));
        String html = pages.html("dataset.jte", Map.of("frame", frame.titled(view.title().value()), "d", view));
        rendered.put(key, html);
        pages.send(ctx, 200, html);
    }
}
