package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.ops.BackupException;
import fr.hautsdeseine.catalog.ops.BackupService;
import fr.hautsdeseine.catalog.ops.Readiness;
import fr.hautsdeseine.catalog.ops.ServerMetrics;
import fr.hautsdeseine.catalog.replica.Replication;
import fr.hautsdeseine.catalog.store.RecordReader;
import fr.hautsdeseine.catalog.store.StoreCompaction;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Health, metrics and the store's upkeep: what an operator's tools call. */
final class OperationsRoutes {
    private final Supplier<StoreCompaction.Result> compaction;
    private final ServerMetrics metrics;
    private final HealthHandler health;
    private final AdminAuth auth;
    private final BackupService backups;

    /** @param compaction compacts the store, for {@code POST /api/admin/compact} */
    OperationsRoutes(RecordReader store, Supplier<StoreCompaction.Result> compaction, ServerMetrics metrics,
                     Readiness readiness, AdminAuth auth, BackupService backups,
                     Replication replication) {
        this.compaction = compaction;
        this.backups = backups;
        this.metrics = metrics;
        this.health = new HealthHandler(store, readiness, replication);
        this.auth = auth;
    }

    void register(RoutesConfig routes) {
        routes.get("/health", health::show);
        routes.get("/health/live", health::live);
        routes.get("/health/ready", health::ready);
        routes.get("/metrics", this::metrics);
        routes.post("/api/admin/compact", this::compact);
        routes.post("/api/admin/backups", this::backup);
        routes.get("/api/admin/backups/{name}", this::download);
        routes.exception(BackupException.class, (e, ctx) -> ErrorResponses.write(ctx, 409, e.getMessage(), Map.of()));
        // The route template of every matched request, for the metrics and the access log.
        // Static files match no endpoint: the observer then names them by their path's first segment.
        routes.beforeMatched(ctx -> {
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            if (endpoint != null) {
                ctx.req().setAttribute(RequestObserver.ROUTE_ATTRIBUTE, endpoint.path);
            }
        });
    }

    private void metrics(Context ctx) {
        ctx.header("Cache-Control", "no-store")
                .contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape());
    }

    /** Takes a backup now into the server's backup directory; answers its name and manifest. */
    private void backup(Context ctx) {
        auth.require(ctx);
        Path backup = backups.backupNow();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", backup.getFileName().toString());
        answer.put("manifest", backups.backups().verify(backup));
        ctx.status(201).json(answer);
    }

    /** One backup of the server's directory as a zip stream, for the command line to unpack elsewhere. */
    private void download(Context ctx) throws IOException {
        auth.require(ctx);
        Path backup = backups.find(ctx.pathParam("name"));
        ctx.contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + backup.getFileName() + ".zip\"");
        backups.backups().zip(backup, ctx.outputStream());
    }

    /** Compacts the store while the server serves; answers the disk used before and after. */
    private void compact(Context ctx) {
        auth.require(ctx);
        StoreCompaction.Result result = compaction.get();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("bytesBefore", result.bytesBefore());
        answer.put("bytesAfter", result.bytesAfter());
        answer.put("millis", result.millis());
        ctx.json(answer);
    }
}
