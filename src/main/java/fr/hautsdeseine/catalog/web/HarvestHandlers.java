package fr.hautsdeseine.catalog.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.harvest.HarvestReport;
import fr.hautsdeseine.catalog.harvest.HarvestService;
import fr.hautsdeseine.catalog.harvest.HarvestSource;
import fr.hautsdeseine.catalog.harvest.SourceType;
import fr.hautsdeseine.catalog.harvest.SourceUrls;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code /api/harvest/...}: partner sources, their runs and reports (admin token only). */
final class HarvestHandlers {
    private final HarvestService harvest;
    private final AdminAuth auth;
    private final ObjectMapper json = new ObjectMapper();

    HarvestHandlers(HarvestService harvest, AdminAuth auth) {
        this.harvest = harvest;
        this.auth = auth;
    }

    void list(Context ctx) {
        auth.require(ctx);
        ctx.json(harvest.sources().stream().map(this::describe).toList());
    }

    void add(Context ctx) {
        auth.require(ctx);
        JsonNode body;
        try {
            body = json.readTree(ctx.body());
        } catch (IOException e) {
            throw new ApiException(400, "The body is not JSON: " + e.getMessage());
        }
        HarvestSource source;
        try {
            source = new HarvestSource(text(body, "name"), HarvestSource.parseUrl(text(body, "url")),
                    SourceType.parse(body.path("type").asText("dcat")),
                    body.hasNonNull("every") ? Optional.of(HarvestSource.parseInterval(body.get("every").asText()))
                            : Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        harvest.add(source);
        ctx.status(201).json(describe(source));
    }

    void remove(Context ctx) {
        auth.require(ctx);
        if (!harvest.remove(ctx.pathParam("name"), "admin")) {
            throw new ApiException(404, "No harvest source named '" + ctx.pathParam("name") + "'");
        }
        ctx.status(204);
    }

    void run(Context ctx) {
        auth.require(ctx);
        HarvestReport report = harvest.run(ctx.pathParam("name"), line -> { });
        ctx.json(report);
    }

    /** A dry run: the report of what a run would do, nothing stored and no report kept. */
    void preview(Context ctx) {
        auth.require(ctx);
        ctx.json(harvest.preview(ctx.pathParam("name"), line -> { }));
    }

    void reports(Context ctx) {
        auth.require(ctx);
        ctx.json(harvest.reports(ctx.pathParam("name"), 50));
    }

    private Map<String, Object> describe(HarvestSource source) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", source.name());
        out.put("url", SourceUrls.masked(source.url()));
        out.put("type", source.type().label());
        out.put("every", source.every().map(Object::toString).orElse(null));
        out.put("running", harvest.isRunning(source.name()));
        out.put("lastRun", harvest.latestReport(source.name()).orElse(null));
        return out;
    }

    private static String text(JsonNode body, String field) {
        if (!body.hasNonNull(field) || !body.get(field).isTextual()) {
            throw new ApiException(400, "The body needs a text field '" + field + "'");
        }
        return body.get(field).asText();
    }

}
