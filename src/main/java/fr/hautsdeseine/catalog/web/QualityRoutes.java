package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.ingest.RecordIds;
import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.publish.RdfOutput;
import fr.hautsdeseine.catalog.quality.Dimension;
import fr.hautsdeseine.catalog.quality.LinkCheckScheduler;
import fr.hautsdeseine.catalog.quality.Metric;
import fr.hautsdeseine.catalog.quality.QualityMeasurements;
import fr.hautsdeseine.catalog.quality.QualityScore;
import fr.hautsdeseine.catalog.quality.QualityService;
import fr.hautsdeseine.catalog.quality.QualitySummary;
import fr.hautsdeseine.catalog.quality.Rating;
import fr.hautsdeseine.catalog.site.PageFrame;
import fr.hautsdeseine.catalog.site.QualityViews;
import fr.hautsdeseine.catalog.site.SiteLinks;
import fr.hautsdeseine.catalog.store.RecordReader;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * The quality dashboard {@code /quality} (of one publisher with {@code publisher=IRI}), each record's quality
 * page {@code /datasets/{id}/quality} (HTML, or its DQV measurements by {@code Accept} or {@code format=}), the
 * scores as JSON at {@code /api/quality}, and {@code POST /api/quality/link-checks} to check links now (admin token).
 */
public final class QualityRoutes {
    private final RecordReader store;
    private final QualityService quality;
    private final QualityViews views;
    private final LinkCheckScheduler linkChecks;
    private final SitePages pages;
    private final StoredWarnings warnings;
    private final AdminAuth auth;
    private final List<Negotiation.Offer<Optional<OutputSyntax>>> offers = new ArrayList<>();

    QualityRoutes(RecordReader store, QualityService quality, LinkCheckScheduler linkChecks, AdminAuth auth) {
        this.store = store;
        this.quality = quality;
        this.linkChecks = linkChecks;
        this.auth = auth;
        this.pages = new SitePages(store.iris().base());
        this.views = new QualityViews(quality, new SiteLinks(store.iris().base()));
        this.warnings = new StoredWarnings(store);
        offers.add(new Negotiation.Offer<>("text/html", Optional.empty()));
        for (OutputSyntax syntax : OutputSyntax.values()) {
            offers.add(new Negotiation.Offer<>(syntax.mediaType(), Optional.of(syntax)));
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/quality", this::dashboard);
        routes.get("/datasets/{id}/quality", this::dataset);
        routes.get("/api/quality", this::json);
        routes.post("/api/quality/link-checks", this::checkLinks);
    }

    /** The catalog's dashboard, or with {@code publisher=IRI} the same for that publisher's datasets. */
    private void dashboard(Context ctx) {
        PageFrame frame = pages.frame(ctx, "");
        String publisher = ctx.queryParam("publisher");
        if (publisher == null) {
            pages.render(ctx, 200, "quality.jte", Map.of("frame", frame.titled(frame.t().get("quality.title")),
                    "q", views.dashboard(frame.t())));
            return;
        }
        Optional<QualityViews.Dashboard> scoped = views.publisherDashboard(publisher, frame.t());
        if (scoped.isEmpty()) {
            pages.notFound(ctx, frame, frame.t().format("quality.noPublisher", publisher));
            return;
        }
        pages.render(ctx, 200, "quality.jte", Map.of("frame",
                frame.titled(frame.t().format("quality.publisherTitle", scoped.get().publisher().orElseThrow())),
                "q", scoped.get()));
    }

    private void dataset(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<OutputSyntax> syntax = syntax(ctx);
        if (syntax.isPresent()) {
            Graph measurements = RecordIds.isValidId(id) ? quality.measurements(id).orElse(null) : null;
            if (measurements == null) {
                throw new ApiException(404, "No dataset " + id);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            RdfOutput.write(QualityMeasurements.withPrefixes(measurements), syntax.get(), body);
            ctx.status(200).contentType(syntax.get().contentType()).result(body.toByteArray());
            return;
        }
        PageFrame frame = pages.frame(ctx, "");
        Optional<QualityViews.DatasetQuality> view = RecordIds.isValidId(id) ? views.dataset(id, frame.t()) : Optional.empty();
        if (view.isEmpty()) {
            pages.notFound(ctx, frame, frame.t().format("error.nodataset", id));
            return;
        }
        pages.render(ctx, 200, "dataset-quality.jte", Map.of("frame",
                frame.titled(frame.t().format("quality.datasetTitle", view.get().title())), "q", view.get(),
                "warnings", warnings.of(id, frame.lang())));
    }

    /** {@code format=ttl} (or another extension) first, then {@code Accept}; empty: HTML. */
    private Optional<OutputSyntax> syntax(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            return Optional.of(OutputSyntax.fromExtension(format).orElseThrow(() -> new ApiException(400,
                    "Unknown format '" + format + "'; use ttl, jsonld, rdf or nt")));
        }
        ctx.header("Vary", "Accept");
        return Negotiation.choose(ctx.header("Accept"), offers).orElseThrow(() -> new ApiException(406,
                "None of the types in Accept is offered here; this resource is offered as text/html, text/turtle, "
                        + "application/rdf+xml, application/ld+json, application/n-triples"));
    }

    private void json(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<QualityScore> scores = quality.scores();
        body.put("maxPoints", Metric.MAX_POINTS);
        body.put("catalog", summary(quality.catalog()));
        body.put("publishers", quality.publishers().stream().map(QualityRoutes::summary).toList());
        body.put("datasets", scores.stream().map(QualityRoutes::score).toList());
        body.put("brokenLinks", quality.brokenLinks());
        body.put("linkCheckRunning", linkChecks.isRunning());
        ctx.json(body);
    }

    private void checkLinks(Context ctx) {
        Principal admin = auth.admin(ctx);
        if (!linkChecks.runNow(admin.who(), ctx.method() + " " + ctx.path())) {
            throw new ApiException(409, "A link check is already running");
        }
        ctx.status(202).json(Map.of("status", "started"));
    }

    private static Map<String, Object> summary(QualitySummary summary) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("iri", summary.name());
        out.put("datasets", summary.datasets());
        out.put("meanPoints", Math.round(summary.meanTotal() * 10) / 10.0);
        out.put("rating", summary.rating().key());
        Map<String, Object> dimensions = new LinkedHashMap<>();
        summary.meanByDimension().forEach((d, mean) -> dimensions.put(d.key(), Math.round(mean * 10) / 10.0));
        out.put("dimensions", dimensions);
        Map<String, Object> ratings = new LinkedHashMap<>();
        for (Rating rating : Rating.values()) {
            ratings.put(rating.key(), summary.ratings().get(rating));
        }
        out.put("ratings", ratings);
        out.put("costliest", summary.costliest().stream().map(loss -> Map.of("metric", loss.metric().iri(),
                "datasetsMissing", loss.datasetsMissing(), "pointsLost", loss.pointsLost())).toList());
        return out;
    }

    private static Map<String, Object> score(QualityScore score) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", score.id());
        out.put("dataset", score.dataset());
        out.put("title", score.title());
        out.put("publisher", score.publisher().orElse(null));
        out.put("points", score.total());
        out.put("rating", score.rating().key());
        Map<String, Object> dimensions = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            dimensions.put(dimension.key(), score.points(dimension));
        }
        out.put("dimensions", dimensions);
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            metrics.put(metric.key(), score.passes(metric));
        }
        out.put("metrics", metrics);
        return out;
    }
}
