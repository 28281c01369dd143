package fr.hautsdeseine.catalog.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether this server is the primary (it takes every write) or a read replica fed by the primary's change
 * log through a Kafka topic, read from {@code CATALOG_ROLE}, {@code CATALOG_KAFKA_BOOTSTRAP},
 * {@code CATALOG_KAFKA_TOPIC} and {@code CATALOG_PRIMARY_URL}; {@code serve --role ...} flags override them.
 *
 * @param role       primary (the default) or replica
 * @param kafka      the Kafka bootstrap servers ({@code host:port,...}); a primary without it ships nothing
 * @param topic      the single-partition topic the primary ships its log to
 * @param primaryUrl the primary's public URL, named in a replica's refusals of writes
 */
public record ReplicationConfig(Role role, Optional<String> kafka, String topic, Optional<String> primaryUrl) {
    public static final String DEFAULT_TOPIC = "catalog-changes";

    /** What a server does with writes. */
    public enum Role {
        PRIMARY, REPLICA;

        static Role parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("CATALOG_ROLE must be 'primary' or 'replica', got '" + value + "'");
            }
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ReplicationConfig {
        kafka = kafka.filter(value -> !value.isBlank());
        primaryUrl = primaryUrl.filter(value -> !value.isBlank()).map(url -> url.endsWith("/")
                ? url.substring(0, url.length() - 1) : url);
        if (topic == null || !topic.matches("[A-Za-z0-9._-]{1,249}")) {
            throw new IllegalArgumentException("CATALOG_KAFKA_TOPIC must be 1 to 249 letters, digits, '.', '_' or '-', got '"
                    + topic + "'");
        }
        if (role == Role.REPLICA && kafka.isEmpty()) {
            throw new IllegalArgumentException("A replica needs the Kafka bootstrap servers: set CATALOG_KAFKA_BOOTSTRAP or --kafka");
        }
        if (role == Role.REPLICA && primaryUrl.isEmpty()) {
            throw new IllegalArgumentException("A replica needs the primary's URL, to name it in refusals of writes:"
                    + " set CATALOG_PRIMARY_URL or --primary-url");
        }
    }

    public static ReplicationConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static ReplicationConfig from(Map<String, String> env) {
        return new ReplicationConfig(Role.parse(env.getOrDefault("CATALOG_ROLE", "primary")),
                Optional.ofNullable(env.get("CATALOG_KAFKA_BOOTSTRAP")),
                env.getOrDefault("CATALOG_KAFKA_TOPIC", DEFAULT_TOPIC),
                Optional.ofNullable(env.get("CATALOG_PRIMARY_URL")));
    }

    /** The environment's settings with the command line's on top (each null flag keeps the setting). */
    public static ReplicationConfig from(Map<String, String> env, String role, String kafka, String topic, String primaryUrl) {
        Map<String, String> merged = new HashMap<>(env);
        putIfSet(merged, "CATALOG_ROLE", role);
        putIfSet(merged, "CATALOG_KAFKA_BOOTSTRAP", kafka);
        putIfSet(merged, "CATALOG_KAFKA_TOPIC", topic);
        putIfSet(merged, "CATALOG_PRIMARY_URL", primaryUrl);
        return from(merged);
    }

    public boolean isReplica() {
        return role == Role.REPLICA;
    }

    private static void putIfSet(Map<String, String> env, String name, String value) {
        if (value != null) {
            env.put(name, value);
        }
    }
}
