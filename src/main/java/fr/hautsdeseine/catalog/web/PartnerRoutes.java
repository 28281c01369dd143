package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.harvest.SourceConflictException;
import fr.hautsdeseine.catalog.harvest.SourceNotFoundException;
import io.javalin.config.RoutesConfig;
import java.util.Map;

/** The routes of partner federation: harvest sources and runs, partner tokens, the audit log. */
final class PartnerRoutes {
    private final HarvestHandlers harvest;
    private final TokenHandlers tokens;

    PartnerRoutes(AdminServices services, AdminAuth auth) {
        this.harvest = new HarvestHandlers(services.harvest(), auth);
        this.tokens = new TokenHandlers(services.tokens(), services.audit(), auth);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/harvest/sources", harvest::list);
        routes.post("/api/harvest/sources", harvest::add);
        routes.delete("/api/harvest/sources/{name}", harvest::remove);
        routes.post("/api/harvest/sources/{name}/runs", harvest::run);
        routes.post("/api/harvest/sources/{name}/preview", harvest::preview);
        routes.get("/api/harvest/sources/{name}/runs", harvest::reports);
        routes.post("/api/tokens", tokens::create);
        routes.get("/api/tokens", tokens::list);
        routes.delete("/api/tokens/{id}", tokens::revoke);
        routes.get("/api/audit", tokens::audit);
        routes.exception(SourceConflictException.class, (e, ctx) -> ErrorResponses.write(ctx, 409, e.getMessage(), Map.of()));
        routes.exception(SourceNotFoundException.class, (e, ctx) -> ErrorResponses.write(ctx, 404, e.getMessage(), Map.of()));
    }
}
