package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.store.CatalogStore;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /health}: up, and how many records the store holds. */
final class HealthHandler {
    private final CatalogStore store;

    HealthHandler(CatalogStore store) {
        this.store = store;
    }

    void show(Context ctx) {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "UP");
        health.put("records", store.recordCount());
        health.put("lastChange", store.lastChange().toString());
        ctx.header("Cache-Control", "no-store").json(health);
    }
}
