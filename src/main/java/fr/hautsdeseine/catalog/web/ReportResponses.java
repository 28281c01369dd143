package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.validation.RecordReport;
import fr.hautsdeseine.catalog.validation.ReportSummaries;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** Writes validation reports in the syntax the client asks for: a JSON summary, or SHACL in Turtle or JSON-LD. */
final class ReportResponses {
    private static final String JSON = "application/json";
    private static final AcceptList OFFERS = AcceptList.create(JSON, "text/turtle", "application/ld+json");

    void write(Context ctx, int status, List<RecordReport> reports, String message) {
        String accept = ctx.header("Accept");
        MediaType chosen = accept == null || accept.isBlank() ? null : AcceptList.match(new AcceptList(accept), OFFERS);
        String type = chosen == null ? JSON : chosen.getContentTypeStr();
        ctx.status(status).header("Vary", "Accept");
        switch (type) {
            case "text/turtle" -> rdf(ctx, reports, Lang.TURTLE, "text/turtle; charset=utf-8");
            case "application/ld+json" -> rdf(ctx, reports, Lang.JSONLD, "application/ld+json");
            default -> {
                var body = new java.util.LinkedHashMap<String, Object>();
                body.put("status", status);
                if (message != null) {
                    body.put("error", io.javalin.http.HttpStatus.forStatus(status).getMessage());
                    body.put("message", message);
                }
                body.putAll(ReportSummaries.summary(reports));
                ctx.json(body);
            }
        }
    }

    private static void rdf(Context ctx, List<RecordReport> reports, Lang lang, String contentType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ReportSummaries.graph(reports), lang);
        ctx.contentType(contentType).result(out.toString(StandardCharsets.UTF_8));
    }
}
