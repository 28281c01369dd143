package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.validation.RecordReport;
import fr.hautsdeseine.catalog.validation.ReportSummaries;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFDataMgr;

/** Writes validation reports in the syntax the client asks for: a JSON summary, or SHACL in Turtle or JSON-LD. */
final class ReportResponses {
    private static final String JSON = "application/json";
    private static final AcceptList OFFERS = AcceptList.create(JSON, OutputSyntax.TURTLE.mediaType(),
            OutputSyntax.JSON_LD.mediaType());

    void write(Context ctx, int status, List<RecordReport> reports, String message) {
        String accept = ctx.header("Accept");
        MediaType chosen = accept == null || accept.isBlank() ? null : AcceptList.match(new AcceptList(accept), OFFERS);
        String type = chosen == null ? JSON : chosen.getContentTypeStr();
        ctx.status(status).header("Vary", "Accept");
        Optional<OutputSyntax> syntax = OutputSyntax.fromMediaType(type);
        if (syntax.isPresent()) {
            rdf(ctx, reports, syntax.get());
        } else {
            var body = new LinkedHashMap<String, Object>();
            body.put("status", status);
            if (message != null) {
                body.put("error", HttpStatus.forStatus(status).getMessage());
                body.put("message", message);
            }
            body.putAll(ReportSummaries.summary(reports));
            ctx.json(body);
        }
    }

    private static void rdf(Context ctx, List<RecordReport> reports, OutputSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ReportSummaries.graph(reports), syntax.lang());
        ctx.contentType(syntax.contentType()).result(out.toString(StandardCharsets.UTF_8));
    }
}
