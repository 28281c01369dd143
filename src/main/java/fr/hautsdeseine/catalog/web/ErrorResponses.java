package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.ingest.DatasetTakenException;
import fr.hautsdeseine.catalog.ingest.ParseLimitException;
import fr.hautsdeseine.catalog.ingest.RdfParseException;
import fr.hautsdeseine.catalog.ingest.RecordLimitException;
import fr.hautsdeseine.catalog.ingest.RecordRejectedException;
import fr.hautsdeseine.catalog.store.RecordClashException;
import fr.hautsdeseine.catalog.validation.ValidationFailedException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to one JSON shape: {@code {"status", "error", "message", ...details}}. */
final class ErrorResponses {
    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private final ReportResponses reports;

    ErrorResponses(ReportResponses reports) {
        this.reports = reports;
    }

    void api(ApiException e, Context ctx) {
        write(ctx, e.status(), e.getMessage(), Map.of());
    }

    void malformed(RdfParseException e, Context ctx) {
        Map<String, Object> details = new LinkedHashMap<>();
        e.line().ifPresent(line -> details.put("line", line));
        e.column().ifPresent(column -> details.put("column", column));
        write(ctx, 400, "The body is not well-formed: " + e.describe(), details);
    }

    /** A document past a reader's limit, or of a shape it refuses: the message names the setting. */
    void parseLimit(ParseLimitException e, Context ctx) {
        write(ctx, e.status(), e.getMessage(), Map.of());
    }

    void recordLimit(RecordLimitException e, Context ctx) {
        write(ctx, e.status(), e.getMessage(), Map.of("problems", e.problems()));
    }

    void rejected(RecordRejectedException e, Context ctx) {
        write(ctx, 422, e.getMessage(), Map.of("problems", e.problems()));
    }

    void datasetTaken(DatasetTakenException e, Context ctx) {
        write(ctx, 409, e.getMessage(), Map.of("id", e.recordId(), "owner", e.ownerId()));
    }

    void clash(RecordClashException e, Context ctx) {
        write(ctx, 409, e.getMessage(), Map.of("id", e.id()));
    }

    /** 422 with the SHACL report, in the syntax the client asks for. */
    void invalid(ValidationFailedException e, Context ctx) {
        log.warn("[http] {} {} refused: {}", ctx.method(), ctx.path(), e.getMessage());
        reports.write(ctx, 422, e.reports(), e.getMessage());
    }

    void unexpected(Exception e, Context ctx) {
        log.error("[http] {} {} failed", ctx.method(), ctx.path(), e);
        write(ctx, 500, "Internal error: " + e.getClass().getSimpleName(), Map.of());
    }

    static void write(Context ctx, int status, String message, Map<String, ?> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", reason(status));
        body.put("message", message);
        body.putAll(details);
        ctx.status(status).json(body);
    }

    private static String reason(int status) {
        io.javalin.http.HttpStatus known = io.javalin.http.HttpStatus.forStatus(status);
        return known.getMessage();
    }
}
