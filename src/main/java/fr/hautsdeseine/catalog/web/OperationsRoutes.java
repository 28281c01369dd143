package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.ops.Readiness;
import fr.hautsdeseine.catalog.ops.ServerMetrics;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.StoreCompaction;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Health, metrics and the store's upkeep: what an operator's tools call. */
final class OperationsRoutes {
    private final CatalogStore store;
    private final ServerMetrics metrics;
    private final HealthHandler health;
    private final AdminAuth auth;

    OperationsRoutes(CatalogStore store, ServerMetrics metrics, Readiness readiness, AdminAuth auth) {
        this.store = store;
        this.metrics = metrics;
        this.health = new HealthHandler(store, readiness);
        this.auth = auth;
    }

    void register(RoutesConfig routes) {
        routes.get("/health", health::show);
        routes.get("/health/live", health::live);
        routes.get("/health/ready", health::ready);
        routes.get("/metrics", this::metrics);
        routes.post("/api/admin/compact", this::compact);
        // The route template of every matched request, for the metrics and the access log.
        routes.beforeMatched(ctx -> ctx.req().setAttribute(RequestObserver.ROUTE_ATTRIBUTE,
                ctx.endpoints().matchedHttpEndpoint().path));
    }

    private void metrics(Context ctx) {
        ctx.header("Cache-Control", "no-store")
                .contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape());
    }

    /** Compacts the store while the server serves; answers the disk used before and after. */
    private void compact(Context ctx) {
        auth.require(ctx);
        StoreCompaction.Result result = StoreCompaction.compact(store);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("bytesBefore", result.bytesBefore());
        answer.put("bytesAfter", result.bytesAfter());
        answer.put("millis", result.millis());
        ctx.json(answer);
    }
}
