package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.ingest.RecordIds;
import fr.hautsdeseine.catalog.publish.Publication;
import fr.hautsdeseine.catalog.site.DatasetView;
import fr.hautsdeseine.catalog.site.DatasetViews;
import fr.hautsdeseine.catalog.site.PageFrame;
import fr.hautsdeseine.catalog.site.QualityViews;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * The HTML page of one dataset; the record's content negotiation calls {@link #render} for {@code text/html}.
 * The page shows the record as {@link Publication#record} serves it in RDF, so that both say the same.
 */
public final class DatasetPage implements DatasetHtml {
    private final Publication publication;
    private final DatasetViews views;
    private final SitePages pages;
    private final QualityViews quality;
    private final RenderedPages rendered = new RenderedPages(2_000);

    /**
     * @param quality the record's quality score, shown with what would raise it
     */
    DatasetPage(Publication publication, DatasetViews views, SitePages pages, QualityViews quality) {
        this.publication = publication;
        this.views = views;
        this.pages = pages;
        this.quality = quality;
    }

    @Override
    public void notFound(Context ctx, String id) {
        PageFrame frame = pages.frame(ctx, "");
        pages.notFound(ctx, frame, frame.t().format("error.nodataset", id));
    }

    @Override
    public void render(Context ctx, String id) {
        PageFrame frame = pages.frame(ctx, "");
        // The page depends on the record and the labels it shows (both as of the last write), its score (which a
        // link check changes without a write), the language and the URL (its language switch link) only.
        Optional<QualityViews.Badge> badge = quality.badge(id, frame.t());
        String key = publication.lastChange() + " " + frame.lang().code() + " " + ctx.fullUrl() + " " + badge.hashCode();
        String cached = rendered.get(key);
        if (cached != null) {
            pages.send(ctx, 200, cached);
            return;
        }
        Optional<Graph> record = RecordIds.isValidId(id) ? publication.record(id) : Optional.empty();
        if (record.isEmpty()) {
            pages.notFound(ctx, frame, frame.t().format("error.nodataset", id));
            return;
        }
        DatasetView view = views.view(id, record.get(), frame.lang());
        Map<String, Object> params = new HashMap<>(Map.of("frame", frame.titled(view.title().value()), "d", view));
        badge.ifPresent(b -> params.put("quality", b));
        String html = pages.html("dataset.jte", params);
        rendered.put(key, html);
        pages.send(ctx, 200, html);
    }
}
