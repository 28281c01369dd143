package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.ingest.Importer;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.ingest.RecordIds;
import fr.hautsdeseine.catalog.store.RecordReader;
import fr.hautsdeseine.catalog.store.RecordWithdrawal;
import fr.hautsdeseine.catalog.store.WriteOutcome;
import fr.hautsdeseine.catalog.validation.Profile;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The write API: replace, add and withdraw records. */
final class RecordWriteHandlers {
    private static final Logger log = LoggerFactory.getLogger(RecordWriteHandlers.class);

    private final Importer importer;
    private final RecordReader store;
    private final RecordWithdrawal withdrawal;
    private final RequestBodies bodies;
    private final AdminAuth auth;
    private final PublisherGuard guard;
    private final AuditLog audit;

    RecordWriteHandlers(Importer importer, RecordReader store, RecordWithdrawal withdrawal, RequestBodies bodies,
                        AdminAuth auth, AuditLog audit) {
        this.importer = importer;
        this.store = store;
        this.withdrawal = withdrawal;
        this.bodies = bodies;
        this.auth = auth;
        this.guard = new PublisherGuard(store);
        this.audit = audit;
    }

    void replace(Context ctx) {
        Principal principal = auth.authenticate(ctx);
        String id = recordId(ctx);
        RdfSyntax syntax = bodies.syntax(ctx);
        WriteOutcome outcome = importer.replace(id, bodies.read(ctx), syntax, documentBase(), "api",
                principal.who(), profileOf(principal), records -> guard.checkWrite(principal, records));
        log.info("[api] record {} {} by {}", id, outcome.label(), principal.who());
        audited(principal, ctx, id, outcome);
        ctx.status(outcome == WriteOutcome.CREATED ? 201 : 200);
        ctx.json(Map.of("id", id, "outcome", outcome.label(), "url", store.iris().dataset(id).getURI()));
    }

    void add(Context ctx) {
        Principal principal = auth.authenticate(ctx);
        RdfSyntax syntax = bodies.syntax(ctx);
        Map<String, WriteOutcome> outcomes = importer.importDocument(bodies.read(ctx), syntax, documentBase(), "api",
                principal.who(), profileOf(principal), parsed -> guard.checkWrite(principal, parsed));
        List<Map<String, String>> records = new ArrayList<>();
        outcomes.forEach((id, outcome) -> records.add(Map.of("id", id, "outcome", outcome.label())));
        outcomes.forEach((id, outcome) -> audited(principal, ctx, id, outcome));
        log.info("[api] document of {} records stored", outcomes.size());
        ctx.status(outcomes.containsValue(WriteOutcome.CREATED) ? 201 : 200);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("count", records.size());
        answer.put("records", records);
        ctx.json(answer);
    }

    void withdraw(Context ctx) {
        Principal principal = auth.authenticate(ctx);
        String id = recordId(ctx);
        guard.checkStored(principal, id);
        if (!withdrawal.withdraw(id, principal.who())) {
            throw new ApiException(404, "No record '" + id + "'");
        }
        log.info("[api] record {} withdrawn by {}", id, principal.who());
        audit.record(principal.who(), "withdrawn", id, ctx.method() + " " + ctx.path());
        ctx.status(204);
    }

    private void audited(Principal principal, Context ctx, String id, WriteOutcome outcome) {
        if (outcome != WriteOutcome.UNCHANGED) {
            audit.record(principal.who(), outcome.label(), id, ctx.method() + " " + ctx.path());
        }
    }

    /** The portal's own records meet its whole profile; a partner's get the portal rules as warnings. */
    private static Profile profileOf(Principal principal) {
        return principal.isAdmin() ? Profile.PORTAL : Profile.PARTNER;
    }

    private String documentBase() {
        return store.iris().documentBase();
    }

    private static String recordId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!RecordIds.isValidId(id)) {
            throw new ApiException(400, "'" + id + "' is not a record id: use letters, digits, '-' and '_' only");
        }
        return id;
    }
}
