package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.ops.Readiness;
import fr.hautsdeseine.catalog.replica.Replication;
import fr.hautsdeseine.catalog.store.RecordReader;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /health}: up, how many records the store holds, and the server's part in replication (role, last
 * applied change log entry, lag); {@code /health/live} and
 * {@code /health/ready} apart, for orchestrators that restart a dead process but only route traffic
 * to a ready one.
 */
final class HealthHandler {
    private final RecordReader store;
    private final Readiness readiness;
    private final Replication replication;

    HealthHandler(RecordReader store, Readiness readiness, Replication replication) {
        this.store = store;
        this.readiness = readiness;
        this.replication = replication;
    }

    void show(Context ctx) {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "UP");
        health.put("records", store.recordCount());
        health.put("lastChange", store.lastChange().toString());
        health.put("ready", readiness.reasons().isEmpty());
        health.put("replication", replication.health());
        ctx.header("Cache-Control", "no-store").json(health);
    }

    /** The process answers: that is all liveness means (a stuck store shows in readiness). */
    void live(Context ctx) {
        ctx.header("Cache-Control", "no-store").json(Map.of("status", "UP"));
    }

    void ready(Context ctx) {
        List<String> reasons = readiness.reasons();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", reasons.isEmpty() ? "READY" : "NOT_READY");
        answer.put("reasons", reasons);
        ctx.status(reasons.isEmpty() ? 200 : 503).header("Cache-Control", "no-store").json(answer);
    }
}
