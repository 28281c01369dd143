package fr.hautsdeseine.catalog.replica;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the topic exists with exactly one partition before the first entry is shipped: entries are in
 * order only within a partition. A topic an operator created is used as it is, if it has one partition.
 */
final class TopicCheck implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TopicCheck.class);
    /** A record's patch holds its whole graph: a large record needs more than Kafka's 1 MB default. */
    private static final String MAX_MESSAGE_BYTES = Integer.toString(8 * 1024 * 1024);

    private final Map<String, Object> settings;
    private final String topic;
    private Admin admin;
    private boolean checked;

    TopicCheck(Map<String, Object> settings, String topic) {
        this.settings = settings;
        this.topic = topic;
    }

    /** @throws IllegalStateException when the topic cannot be checked, or has more than one partition */
    void ensure() {
        if (checked) {
            return;
        }
        if (admin == null) {
            admin = Admin.create(settings);
        }
        try {
            try {
                NewTopic created = new NewTopic(topic, Optional.of(1), Optional.empty())
                        .configs(Map.of("max.message.bytes", MAX_MESSAGE_BYTES));
                admin.createTopics(List.of(created)).all().get(15, TimeUnit.SECONDS);
                log.info("[shipper] created the topic {} with one partition", topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get(15, TimeUnit.SECONDS)
                    .get(topic);
            if (description.partitions().size() != 1) {
                throw new IllegalStateException("the topic " + topic + " has " + description.partitions().size()
                        + " partitions: the change log needs a topic of exactly one, to keep its order");
            }
            checked = true;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot check the topic " + topic + ": " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot check the topic " + topic + ": Kafka did not answer in 15 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the topic " + topic, e);
        }
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
