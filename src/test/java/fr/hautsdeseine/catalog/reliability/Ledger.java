package fr.hautsdeseine.catalog.reliability;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the clients were told: by record id, the state (a version, or withdrawn) of its last acknowledged
 * write, and of the write in flight when the process died, which may or may not have committed.
 */
final class Ledger {
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, String> inFlight = new ConcurrentHashMap<>();

    void sending(Map<String, String> states) {
        inFlight.putAll(states);
    }

    void acknowledged(Map<String, String> states) {
        acknowledged.putAll(states);
        states.keySet().forEach(inFlight::remove);
    }

    /** The kill has been seen: whatever was in flight is now either committed or not, and the store says which. */
    void settle(Map<String, String> stored) {
        inFlight.forEach((id, state) -> {
            if (state.equals(stored.getOrDefault(id, VersionedRecords.WITHDRAWN))) {
                acknowledged.put(id, state);
            }
        });
        inFlight.clear();
    }

    /** The states a record may be in: its acknowledged one, or the one in flight. */
    Set<String> allowed(String id) {
        String known = acknowledged.getOrDefault(id, VersionedRecords.WITHDRAWN);
        return new java.util.HashSet<>(java.util.List.of(known, inFlight.getOrDefault(id, known)));
    }

    Set<String> ids() {
        Set<String> ids = new java.util.HashSet<>(acknowledged.keySet());
        ids.addAll(inFlight.keySet());
        return ids;
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }
}
