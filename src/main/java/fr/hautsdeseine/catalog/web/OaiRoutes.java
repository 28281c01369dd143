package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.oai.OaiError;
import fr.hautsdeseine.catalog.oai.OaiRepository;
import fr.hautsdeseine.catalog.oai.OaiRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code /oai}: the OAI-PMH 2.0 endpoint, by GET or by POST form (3.1.1). Errors of the protocol are
 * 200 answers that name them, as the protocol asks. The validators are weak, as each answer carries
 * its own response date: the same ETag promises the same records, not the same bytes.
 */
public final class OaiRoutes {
    private final OaiRepository repository;
    private final Supplier<Instant> lastChange;

    public OaiRoutes(OaiRepository repository, Supplier<Instant> lastChange) {
        this.repository = repository;
        this.lastChange = lastChange;
    }

    public void register(RoutesConfig routes) {
        routes.get("/oai", ctx -> answer(ctx, ctx.queryParamMap()));
        routes.head("/oai", ctx -> answer(ctx, ctx.queryParamMap()));
        routes.post("/oai", ctx -> answer(ctx, ctx.formParamMap()));
    }

    private void answer(Context ctx, Map<String, List<String>> parameters) {
        Optional<OaiRequest> request;
        Optional<OaiError> error;
        try {
            request = Optional.of(OaiRequest.read(parameters));
            error = Optional.empty();
        } catch (OaiError e) {
            request = Optional.empty();
            error = Optional.of(e);
        }
        Instant changed = lastChange.get();
        String tag = "W/" + HttpCaching.etag(changed.toString(), new TreeMap<>(parameters).toString());
        if (ctx.method() != HandlerType.POST && HttpCaching.notModified(ctx, tag, changed)) {
            return;
        }
        ctx.status(200).contentType("text/xml;charset=utf-8");
        if (ctx.method() == HandlerType.HEAD) {
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
        repository.answer(request, error, body);
        ctx.result(body.toByteArray());
    }
}
