package fr.hautsdeseine.catalog.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a read replica, one filter before every route: whatever would write (any method but GET, HEAD and
 * OPTIONS, save the two reads that come by POST) and whatever belongs to the primary alone (the back
 * office, the admin and harvest APIs, partner tokens) is refused with 405 and a message naming the
 * primary, with a {@code Link} to the same path there. No redirect: a write is never sent on silently.
 */
final class ReplicaRefusal {
    private static final Logger log = LoggerFactory.getLogger(ReplicaRefusal.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Reads that come by POST: OAI-PMH's form requests, and validation (it stores nothing). */
    private static final Set<String> READS_BY_POST = Set.of("/oai", "/api/validate");
    private static final List<String> PRIMARY_ONLY = List.of("/admin", "/api/admin", "/api/harvest", "/api/tokens");

    private final String primaryUrl;

    ReplicaRefusal(String primaryUrl) {
        this.primaryUrl = primaryUrl;
    }

    void register(RoutesConfig routes) {
        routes.before(this::refuseWrites);
    }

    private void refuseWrites(Context ctx) {
        String path = ctx.path();
        boolean primaryOnly = PRIMARY_ONLY.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
        boolean writes = !SAFE_METHODS.contains(ctx.method().name())
                && !(ctx.method().name().equals("POST") && READS_BY_POST.contains(path));
        if (!primaryOnly && !writes) {
            return;
        }
        log.info("[replica] {} {} refused: sent to the primary {}", ctx.method(), path, primaryUrl);
        // An empty Allow: the resource is disabled here by configuration (RFC 9110, 15.5.6).
        ctx.header("Allow", primaryOnly ? "" : "GET, HEAD, OPTIONS");
        ctx.header("Link", "<" + primaryUrl + path + ">; rel=\"alternate\"; title=\"primary\"");
        ErrorResponses.write(ctx, 405, "This server is a read-only replica: send " + (primaryOnly ? "requests to "
                + path : "writes") + " to the primary, " + primaryUrl, Map.of("primary", primaryUrl));
        ctx.skipRemainingHandlers();
    }
}
