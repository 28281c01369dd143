package fr.hautsdeseine.catalog.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.partner.PartnerToken;
import fr.hautsdeseine.catalog.partner.PartnerTokens;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code /api/tokens} (partner tokens) and {@code /api/audit} (who wrote what): admin token only. */
final class TokenHandlers {
    private final PartnerTokens tokens;
    private final AuditLog audit;
    private final AdminAuth auth;
    private final ObjectMapper json = new ObjectMapper();

    TokenHandlers(PartnerTokens tokens, AuditLog audit, AdminAuth auth) {
        this.tokens = tokens;
        this.audit = audit;
        this.auth = auth;
    }

    void create(Context ctx) {
        auth.require(ctx);
        String publisher;
        try {
            JsonNode body = json.readTree(ctx.body());
            publisher = body == null ? null : body.path("publisher").asText(null);
        } catch (IOException e) {
            throw new ApiException(400, "The body is not JSON: " + e.getMessage());
        }
        if (publisher == null || !publisher.matches("https?://\\S+")) {
            throw new ApiException(400, "The body needs 'publisher': the http(s) IRI of the partner's dct:publisher");
        }
        PartnerTokens.Created created = tokens.create(publisher);
        Map<String, Object> answer = describe(created.token());
        answer.put("token", created.secret());
        ctx.status(201).header("Cache-Control", "no-store").json(answer);
    }

    void list(Context ctx) {
        auth.require(ctx);
        ctx.json(tokens.list().stream().map(TokenHandlers::describe).toList());
    }

    void revoke(Context ctx) {
        auth.require(ctx);
        if (!tokens.revoke(ctx.pathParam("id"))) {
            throw new ApiException(404, "No token '" + ctx.pathParam("id") + "'");
        }
        ctx.status(204);
    }

    void audit(Context ctx) {
        auth.require(ctx);
        Optional<Instant> since;
        try {
            since = Optional.ofNullable(ctx.queryParam("since")).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "'since' must be an ISO-8601 instant such as 2025-01-31T00:00:00Z");
        }
        ctx.json(audit.query(Optional.ofNullable(ctx.queryParam("record")), since, 1000));
    }

    private static Map<String, Object> describe(PartnerToken token) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", token.id());
        out.put("publisher", token.publisher());
        out.put("created", token.created());
        return out;
    }
}
