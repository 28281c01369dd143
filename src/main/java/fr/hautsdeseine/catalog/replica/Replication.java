package fr.hautsdeseine.catalog.replica;

import fr.hautsdeseine.catalog.config.ReplicationConfig;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeFollower;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * This server's part in replication: a primary shipping its change log to Kafka, a replica applying it,
 * or a lone primary. It says what it is and how far behind it runs, for {@code /health} and readiness.
 */
public interface Replication extends AutoCloseable {

    /** Starts the part the configuration names; a primary without Kafka ships nothing. */
    static Replication start(ReplicationConfig config, CatalogStore store, Clock clock) {
        if (config.isReplica()) {
            return new LogApplier(store, KafkaSettings.consumer(config.kafka().orElseThrow()), config.topic(),
                    config.primaryUrl().orElseThrow(), clock).start();
        }
        if (config.kafka().isPresent()) {
            return new LogShipper(store, KafkaSettings.producer(config.kafka().get()),
                    KafkaSettings.admin(config.kafka().get()), config.topic(), clock).start();
        }
        return new LonePrimary(store);
    }

    ReplicationConfig.Role role();

    /** The primary's URL, on a replica: writes go there. Empty on the primary. */
    Optional<String> primaryUrl();

    /** Role, last applied sequence, lag in entries and seconds, and what else an operator needs. */
    Map<String, Object> health();

    /**
     * How far behind replication runs: on a primary, the entries not yet shipped to Kafka; on a replica, the
     * entries seen but not yet applied; with the age of the oldest in seconds (0 when caught up).
     */
    ChangeFollower.Lag lag();

    /** Why the server should not take traffic, if it should not. */
    Optional<String> notReady();

    @Override
    void close();
}
