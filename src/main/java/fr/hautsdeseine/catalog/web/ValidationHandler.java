package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.config.ValidationLimits;
import fr.hautsdeseine.catalog.ingest.Importer;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.validation.Profile;
import io.javalin.http.Context;

/** {@code POST /api/validate}: a dry run of the write API that stores nothing and needs no token. */
final class ValidationHandler {
    private final Importer importer;
    private final RequestBodies bodies;
    private final ReportResponses responses;
    private final String documentBase;
    private final ValidationSlots slots;

    ValidationHandler(Importer importer, ValidationLimits limits, ReportResponses responses, String documentBase) {
        this.importer = importer;
        this.bodies = new RequestBodies(limits.maxBodyBytes(), ValidationLimits.MAX_BODY_BYTES);
        this.slots = new ValidationSlots(limits.maxConcurrent());
        this.responses = responses;
        this.documentBase = documentBase;
    }

    void validate(Context ctx) {
        Profile profile = profile(ctx);
        RdfSyntax syntax = bodies.syntax(ctx);
        slots.run(() -> {
            var records = importer.admitted(importer.parse(bodies.read(ctx), syntax, documentBase));
            responses.write(ctx, 200, importer.validate(records, profile), null);
        });
    }

    private static Profile profile(Context ctx) {
        try {
            return Profile.parse(ctx.queryParam("profile"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
    }
}
