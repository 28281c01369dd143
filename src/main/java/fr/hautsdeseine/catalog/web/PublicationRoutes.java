package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.publish.CatalogLinks;
import fr.hautsdeseine.catalog.publish.CatalogPage;
import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.publish.PageOutOfRangeException;
import fr.hautsdeseine.catalog.publish.PageRequest;
import fr.hautsdeseine.catalog.publish.Publication;
import fr.hautsdeseine.catalog.publish.PublicationProfile;
import fr.hautsdeseine.catalog.publish.RdfOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;

/**
 * What harvesters and linked-data clients read: the paged catalog at {@code /catalog} and
 * {@code /catalog.{ext}}, and each record at {@code /datasets/{id}} and {@code /datasets/{id}.{ext}}.
 * Every answer is direct (never a redirect), carries validators and answers {@code HEAD} alike.
 */
public final class PublicationRoutes {
    /** HTML, among the offers of a record. */
    private static final Optional<OutputSyntax> HTML = Optional.empty();

    private final Publication publication;
    private final DatasetHtml html;
    private final List<Negotiation.Offer<Optional<OutputSyntax>>> rdfOffers = new ArrayList<>();
    private final List<Negotiation.Offer<Optional<OutputSyntax>>> recordOffers = new ArrayList<>();

    public PublicationRoutes(Publication publication, DatasetHtml html) {
        this.publication = publication;
        this.html = html;
        for (OutputSyntax syntax : OutputSyntax.values()) {
            rdfOffers.add(new Negotiation.Offer<>(syntax.mediaType(), Optional.of(syntax)));
        }
        // Aliases some clients send for RDF/XML and JSON-LD; the answer names the RDF type.
        rdfOffers.add(new Negotiation.Offer<>("application/xml", Optional.of(OutputSyntax.RDF_XML)));
        rdfOffers.add(new Negotiation.Offer<>("text/xml", Optional.of(OutputSyntax.RDF_XML)));
        rdfOffers.add(new Negotiation.Offer<>("application/json", Optional.of(OutputSyntax.JSON_LD)));
        recordOffers.addAll(rdfOffers);
        recordOffers.add(new Negotiation.Offer<>("text/html", HTML));
        recordOffers.add(new Negotiation.Offer<>("application/xhtml+xml", HTML));
    }

    public void register(RoutesConfig routes) {
        getAndHead(routes, "/catalog", ctx -> {
            OutputSyntax syntax = negotiate(ctx, rdfOffers).orElseThrow();
            catalog(ctx, syntax, "/catalog." + syntax.extension());
        });
        for (OutputSyntax syntax : OutputSyntax.values()) {
            for (String extension : syntax.extensions()) {
                getAndHead(routes, "/catalog." + extension, ctx -> catalog(ctx, syntax, "/catalog." + extension));
            }
        }
        getAndHead(routes, "/datasets/{id}", this::dataset);
    }

    /**
     * Javalin answers HEAD on a GET route by itself with an empty 200 and none of the route's
     * headers; harvesters read Content-Type from HEAD, so HEAD runs the same handler.
     */
    private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    private void catalog(Context ctx, OutputSyntax syntax, String path) {
        PublicationProfile profile = ProfileNegotiation.choose(ctx);
        PageRequest request = CatalogParameters.read(ctx.queryParamMap());
        if (profile == PublicationProfile.HVD && request.filter().hvd().equals(Optional.of(false))) {
            throw new ApiException(400, "the hvd profile holds high-value datasets only; hvd=false asks for none of them");
        }
        Instant lastChange = publication.lastChange();
        CatalogPage page;
        try {
            page = publication.page(new PageRequest(profile.restrict(request.filter()), request.pageSize(), request.start()));
        } catch (PageOutOfRangeException e) {
            throw new ApiException(404, e.getMessage());
        }
        CatalogLinks links = new CatalogLinks(publication.iris().base() + path, request, profile);
        String url = links.to(request.start());
        ProfileNegotiation.announce(ctx, profile,
                other -> new CatalogLinks(links.documentUrl(), request, other).to(request.start()));
        if (HttpCaching.notModified(ctx, HttpCaching.etag(lastChange.toString(), url), lastChange)) {
            return;
        }
        answer(ctx, syntax, () -> publication.pageGraph(page, links, profile));
    }

    private void dataset(Context ctx) {
        String segment = ctx.pathParam("id");
        int dot = segment.lastIndexOf('.');
        Optional<OutputSyntax> forced = dot > 0 ? OutputSyntax.fromExtension(segment.substring(dot + 1)) : Optional.empty();
        String id = forced.isPresent() ? segment.substring(0, dot) : segment;
        Optional<OutputSyntax> kind = forced.isPresent() ? forced : negotiate(ctx, recordOffers);
        if (!publication.hasRecord(id)) {
            if (kind.isEmpty()) {
                html.notFound(ctx, id);
                return;
            }
            throw new ApiException(404, "No dataset '" + id + "'");
        }
        if (kind.isEmpty()) {
            html.render(ctx, id);
            return;
        }
        OutputSyntax syntax = kind.get();
        PublicationProfile profile = ProfileNegotiation.choose(ctx);
        if (!publication.inProfile(id, profile)) {
            throw new ApiException(404, "Dataset '" + id + "' is not a high-value dataset, so it has no "
                    + profile.label() + " representation");
        }
        String url = publication.iris().base() + "/datasets/" + segment;
        ProfileNegotiation.announce(ctx, profile,
                other -> other == PublicationProfile.DCAT_AP_3 ? url : url + "?profile=" + other.token());
        Instant modified = publication.recordModified(id).orElseGet(publication::lastChange);
        if (HttpCaching.notModified(ctx, HttpCaching.etag(id, modified.toString(), syntax.name(), profile.token()), modified)) {
            return;
        }
        answer(ctx, syntax, () -> publication.record(id, profile)
                .orElseThrow(() -> new ApiException(404, "No dataset '" + id + "'")));
    }

    /** The negotiated representation; a route that negotiates varies on {@code Accept}. */
    private static Optional<OutputSyntax> negotiate(Context ctx, List<Negotiation.Offer<Optional<OutputSyntax>>> offers) {
        ctx.header("Vary", "Accept");
        return Negotiation.choose(ctx.header("Accept"), offers).orElseThrow(() -> new ApiException(406,
                "None of the types in Accept is offered here; this resource is offered as "
                        + offers.stream().map(Negotiation.Offer::mediaType).filter(PublicationRoutes::isMainType)
                                .collect(Collectors.joining(", "))));
    }

    private static boolean isMainType(String mediaType) {
        return mediaType.equals("text/html") || OutputSyntax.fromMediaType(mediaType).isPresent();
    }

    /** Writes the graph (made only for GET: HEAD gets the same headers and no body). */
    private static void answer(Context ctx, OutputSyntax syntax, java.util.function.Supplier<Graph> graph) {
        ctx.status(200).contentType(syntax.contentType());
        if (ctx.method() == HandlerType.HEAD) {
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
        RdfOutput.write(graph.get(), syntax, body);
        ctx.result(body.toByteArray());
    }
}
