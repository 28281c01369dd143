package fr.hautsdeseine.catalog.replica;

import fr.hautsdeseine.catalog.config.ReplicationConfig;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeFollower;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A primary with no Kafka configured: it ships nothing, and is never behind itself. */
final class LonePrimary implements Replication {
    private final CatalogStore store;

    LonePrimary(CatalogStore store) {
        this.store = store;
    }

    @Override
    public ReplicationConfig.Role role() {
        return ReplicationConfig.Role.PRIMARY;
    }

    @Override
    public Optional<String> primaryUrl() {
        return Optional.empty();
    }

    @Override
    public Map<String, Object> health() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("role", role().label());
        health.put("lastSequence", store.changes().lastSequence());
        health.put("shipping", "off");
        return health;
    }

    @Override
    public ChangeFollower.Lag lag() {
        return new ChangeFollower.Lag(0, 0);
    }

    @Override
    public Optional<String> notReady() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // Nothing runs.
    }
}
