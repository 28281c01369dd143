package fr.hautsdeseine.catalog.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplicationConfigTest {

    @Test
    void a_server_is_a_primary_that_ships_nothing_unless_told_otherwise() {
        ReplicationConfig config = ReplicationConfig.from(Map.of());

        assertThat(config.role()).isEqualTo(ReplicationConfig.Role.PRIMARY);
        assertThat(config.kafka()).isEmpty();
        assertThat(config.topic()).isEqualTo("catalog-changes");
    }

    @Test
    void command_line_flags_override_the_environment() {
        ReplicationConfig config = ReplicationConfig.from(Map.of("CATALOG_ROLE", "primary", "CATALOG_KAFKA_TOPIC", "env-topic"),
                "Replica", "kafka1:9092", null, "https://primary.example.fr/");

        assertThat(config.isReplica()).isTrue();
        assertThat(config.kafka()).hasValue("kafka1:9092");
        assertThat(config.topic()).isEqualTo("env-topic");
        assertThat(config.primaryUrl()).isEqualTo(Optional.of("https://primary.example.fr"));
    }

    @Test
    void a_replica_without_kafka_or_the_primary_url_names_what_is_missing() {
        assertThatThrownBy(() -> ReplicationConfig.from(Map.of("CATALOG_ROLE", "replica",
                "CATALOG_PRIMARY_URL", "https://primary.example.fr")))
                .hasMessage("A replica needs the Kafka bootstrap servers: set CATALOG_KAFKA_BOOTSTRAP or --kafka");
        assertThatThrownBy(() -> ReplicationConfig.from(Map.of("CATALOG_ROLE", "replica", "CATALOG_KAFKA_BOOTSTRAP", "k:9092")))
                .hasMessage("A replica needs the primary's URL, to name it in refusals of writes:"
                        + " set CATALOG_PRIMARY_URL or --primary-url");
    }

    @Test
    void an_unknown_role_or_a_malformed_topic_is_refused() {
        assertThatThrownBy(() -> ReplicationConfig.from(Map.of("CATALOG_ROLE", "secondary")))
                .hasMessage("CATALOG_ROLE must be 'primary' or 'replica', got 'secondary'");
        assertThatThrownBy(() -> ReplicationConfig.from(Map.of("CATALOG_KAFKA_TOPIC", "changes of the catalog")))
                .hasMessage("CATALOG_KAFKA_TOPIC must be 1 to 249 letters, digits, '.', '_' or '-', got 'changes of the catalog'");
    }
}
