package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.publish.ChangeFeed;
import fr.hautsdeseine.catalog.publish.Publication;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The DCAT-AP Feed: {@code /feed} (the event stream), {@code /feed/pages/{n}} (the view by time) and
 * {@code /feed/latest} (the latest version of each record), in TriG (the default) or JSON-LD, by
 * {@code Accept} or by a {@code .trig} / {@code .jsonld} extension. A page the log has gone past never
 * changes again: it is cached for a year; the others are revalidated.
 */
public final class ChangeFeedRoutes {
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** A syntax a feed document is written in: its media type and extension from the table of syntaxes. */
    private enum Syntax {
        TRIG(RdfSyntax.TRIG, RDFFormat.TRIG_BLOCKS),
        JSON_LD(RdfSyntax.JSON_LD, RDFFormat.JSONLD11_PRETTY);

        final String mediaType;
        final String extension;
        final RDFFormat format;

        Syntax(RdfSyntax syntax, RDFFormat format) {
            this.mediaType = syntax.mediaType();
            this.extension = syntax.extensions().get(0);
            this.format = format;
        }
    }

    private static final List<Negotiation.Offer<Syntax>> OFFERS = List.of(
            new Negotiation.Offer<>(Syntax.TRIG.mediaType, Syntax.TRIG),
            new Negotiation.Offer<>(Syntax.JSON_LD.mediaType, Syntax.JSON_LD),
            new Negotiation.Offer<>("application/json", Syntax.JSON_LD));

    private final Publication publication;
    private final Supplier<Instant> lastChange;
    private ChangeFeed feed;

    public ChangeFeedRoutes(Publication publication, Supplier<Instant> lastChange) {
        this.publication = publication;
        this.lastChange = lastChange;
    }

    public void register(RoutesConfig routes) {
        both(routes, "/feed", ctx -> stream(ctx, negotiate(ctx)));
        for (Syntax syntax : Syntax.values()) {
            both(routes, "/feed." + syntax.extension, ctx -> stream(ctx, syntax));
            both(routes, "/feed/latest." + syntax.extension, ctx -> latest(ctx, syntax));
        }
        both(routes, "/feed/latest", ctx -> latest(ctx, negotiate(ctx)));
        both(routes, "/feed/pages/{page}", this::page);
    }

    /** HEAD runs the same handler (see {@link PublicationRoutes}). */
    private static void both(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /** The feed, made on first use, so that the change history is read only once someone asks. */
    private synchronized ChangeFeed feed() {
        if (feed == null) {
            feed = new ChangeFeed(publication.history(), publication.iris());
        }
        return feed;
    }

    private void stream(Context ctx, Syntax syntax) {
        Instant changed = lastChange.get();
        if (HttpCaching.notModified(ctx, HttpCaching.etag(changed.toString(), "feed", syntax.name()), changed)) {
            return;
        }
        answer(ctx, syntax, () -> feed().stream());
    }

    private void latest(Context ctx, Syntax syntax) {
        Optional<String> after = Optional.ofNullable(ctx.queryParam("after"));
        Instant changed = lastChange.get();
        if (HttpCaching.notModified(ctx, HttpCaching.etag(changed.toString(), "latest", after.orElse(""), syntax.name()), changed)) {
            return;
        }
        answer(ctx, syntax, () -> feed().latest(after));
    }

    private void page(Context ctx) {
        String segment = ctx.pathParam("page");
        Syntax syntax = null;
        for (Syntax candidate : Syntax.values()) {
            if (segment.endsWith("." + candidate.extension)) {
                syntax = candidate;
                segment = segment.substring(0, segment.length() - candidate.extension.length() - 1);
            }
        }
        if (syntax == null) {
            syntax = negotiate(ctx);
        }
        if (!segment.matches("[1-9][0-9]{0,17}")) {
            throw new ApiException(404, "No feed page '" + ctx.pathParam("page") + "': pages are numbered 1, 2, 3...");
        }
        long number = Long.parseLong(segment);
        ChangeFeed changes = feed();
        if (number > changes.openPage()) {
            throw new ApiException(404, "No feed page " + number + " yet: the last one is " + changes.openPage());
        }
        // A closed page's validators name the page alone: they hold for ever, like the page.
        boolean closed = changes.isClosed(number);
        Instant changed = closed ? Instant.EPOCH : lastChange.get();
        String tag = closed ? HttpCaching.etag("feed page", segment, syntax.name())
                : HttpCaching.etag(changed.toString(), "feed page", segment, syntax.name());
        boolean current = HttpCaching.notModified(ctx, tag, changed);
        if (closed) {
            ctx.header("Cache-Control", IMMUTABLE);
        }
        if (current) {
            return;
        }
        answer(ctx, syntax, () -> changes.page(number).orElseThrow(() -> new ApiException(404, "No feed page " + number)));
    }

    private static Syntax negotiate(Context ctx) {
        ctx.header("Vary", "Accept");
        return Negotiation.choose(ctx.header("Accept"), OFFERS).orElseThrow(() -> new ApiException(406,
                "None of the types in Accept is offered here; the feed is offered as " + Syntax.TRIG.mediaType + ", "
                        + Syntax.JSON_LD.mediaType));
    }

    private static void answer(Context ctx, Syntax syntax, Supplier<DatasetGraph> document) {
        ctx.status(200).contentType(syntax.mediaType + "; charset=utf-8");
        if (ctx.method() == HandlerType.HEAD) {
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
        RDFWriter.source(document.get()).format(syntax.format).output(body);
        ctx.result(body.toByteArray());
    }
}
