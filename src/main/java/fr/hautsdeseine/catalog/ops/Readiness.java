package fr.hautsdeseine.catalog.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Whether the server should receive traffic: every part that can lag or stop registers a check, which
 * answers why it is not ready, or nothing. Liveness is simpler: a server that answers is alive.
 */
public final class Readiness {
    private final Map<String, Supplier<Optional<String>>> checks = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    /** A check: empty when the part is ready, else a sentence saying why not. */
    public void register(String part, Supplier<Optional<String>> check) {
        checks.put(part, check);
    }

    /** From now on the server is draining: a load balancer should send it nothing new. */
    public void stopping() {
        stopping = true;
    }

    /** Why the server is not ready, one line a part; empty when it is. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (stopping) {
            reasons.add("server: shutting down");
        }
        checks.forEach((part, check) -> check.get().ifPresent(reason -> reasons.add(part + ": " + reason)));
        reasons.sort(null);
        return reasons;
    }
}
