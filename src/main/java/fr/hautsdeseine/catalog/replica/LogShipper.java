package fr.hautsdeseine.catalog.replica;

import fr.hautsdeseine.catalog.config.ReplicationConfig;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeFollower;
import fr.hautsdeseine.catalog.store.ChangeEntry;
import fr.hautsdeseine.catalog.store.ChangesPrunedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The primary's side: publishes every change log entry, in order, to the topic's one partition, on a
 * thread of its own. Writers never wait for it: an entry is in the log once its write commits, and the
 * shipper reads it from there, so Kafka being down delays shipping and loses nothing. After a failure
 * it starts a new producer and ships again from the last acknowledged entry.
 */
final class LogShipper implements Replication {
    private static final Logger log = LoggerFactory.getLogger(LogShipper.class);
    private static final int BATCH = 200;
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final Duration SAVE_EVERY = Duration.ofSeconds(1);

    private final CatalogStore store;
    private final Map<String, Object> producerSettings;
    private final TopicCheck topicCheck;
    private final String topic;
    private final Clock clock;
    private final ShippedPosition position;
    private final Object wake = new Object();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long shipped;
    private volatile String failure;
    private volatile String pruned;
    private long saved;
    private Instant savedAt = Instant.EPOCH;
    private Producer<String, String> producer;

    LogShipper(CatalogStore store, Map<String, Object> producerSettings, Map<String, Object> adminSettings,
               String topic, Clock clock) {
        this.store = store;
        this.producerSettings = producerSettings;
        this.topicCheck = new TopicCheck(adminSettings, topic);
        this.topic = topic;
        this.clock = clock;
        this.position = new ShippedPosition(store);
        this.thread = new Thread(this::run, "changelog-shipper");
        this.thread.setDaemon(true);
    }

    LogShipper start() {
        shipped = position.load();
        saved = shipped;
        if (shipped > store.changes().lastSequence()) {
            // A store restored from an older backup: the topic holds entries this log will number again.
            log.warn("[shipper] shipped up to {} but the log ends at {}: replicas that applied the later entries"
                    + " must rejoin from a snapshot", shipped, store.changes().lastSequence());
            shipped = store.changes().lastSequence();
        }
        store.onChange(ids -> {
            synchronized (wake) {
                wake.notifyAll();
            }
        });
        thread.start();
        log.info("[shipper] shipping the change log from entry {} to topic {}", shipped + 1, topic);
        return this;
    }

    private void run() {
        while (running) {
            try {
                topicCheck.ensure();
                if (!shipNext()) {
                    saveIfDue(true);
                    waitForWrites();
                }
            } catch (ChangesPrunedException e) {
                pruned = "entries " + (shipped + 1) + " to " + (e.firstKept() - 1) + " were pruned before they were"
                        + " shipped: replicas must rejoin from a snapshot";
                log.error("[shipper] {}", pruned);
                shipped = e.firstKept() - 1;
            } catch (RuntimeException | ExecutionException | TimeoutException e) {
                String reason = e instanceof ExecutionException && e.getCause() != null ? e.getCause().getMessage()
                        : e.getMessage();
                if (failure == null) {
                    log.warn("[shipper] Kafka unavailable, entries wait in the log from {}: {}", shipped + 1, reason);
                }
                failure = reason;
                closeProducer();
                pause(RETRY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Ships the next batch and waits for Kafka to acknowledge all of it; false when there was none. */
    private boolean shipNext() throws InterruptedException, ExecutionException, TimeoutException {
        List<ChangeEntry> entries = store.changes().readFrom(shipped + 1, BATCH);
        if (entries.isEmpty()) {
            return false;
        }
        if (producer == null) {
            producer = new KafkaProducer<>(producerSettings);
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>(entries.size());
        for (ChangeEntry entry : entries) {
            sent.add(producer.send(EntryRecords.toRecord(topic, entry)));
        }
        producer.flush();
        for (Future<RecordMetadata> acknowledged : sent) {
            acknowledged.get(30, TimeUnit.SECONDS);
        }
        shipped = entries.get(entries.size() - 1).sequence();
        if (failure != null) {
            log.info("[shipper] Kafka is back: shipped up to entry {}", shipped);
            failure = null;
        }
        saveIfDue(false);
        return true;
    }

    /** The position is saved at most every second: one more write transaction per batch would slow writers. */
    private void saveIfDue(boolean idle) {
        Instant now = clock.instant();
        if (shipped != saved && (idle || Duration.between(savedAt, now).compareTo(SAVE_EVERY) >= 0)) {
            position.save(shipped);
            saved = shipped;
            savedAt = now;
        }
    }

    private void waitForWrites() throws InterruptedException {
        synchronized (wake) {
            if (running && shipped >= store.changes().lastSequence()) {
                wake.wait(1_000);
            }
        }
    }

    private void pause(Duration duration) {
        synchronized (wake) {
            try {
                if (running) {
                    wake.wait(duration.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
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
        long last = store.changes().lastSequence();
        long behind = Math.max(0, last - shipped);
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("role", role().label());
        health.put("lastSequence", last);
        health.put("shippedSequence", shipped);
        health.put("shippingLagEntries", behind);
        health.put("shippingLagSeconds", behind == 0 ? 0 : secondsSinceCommitOf(shipped + 1));
        health.put("kafka", failure == null ? "ok" : "unavailable: " + failure);
        if (pruned != null) {
            health.put("shippingGap", pruned);
        }
        return health;
    }

    @Override
    public ChangeFollower.Lag lag() {
        long behind = Math.max(0, store.changes().lastSequence() - shipped);
        return new ChangeFollower.Lag(behind, behind == 0 ? 0 : Math.max(0, secondsSinceCommitOf(shipped + 1)));
    }

    private long secondsSinceCommitOf(long sequence) {
        try {
            List<ChangeEntry> entry = store.changes().readFrom(sequence, 1);
            return entry.isEmpty() ? 0 : Math.max(0, Duration.between(entry.get(0).time(), clock.instant()).toSeconds());
        } catch (ChangesPrunedException e) {
            return -1;
        }
    }

    /** The primary takes writes whether or not Kafka is up: shipping lag is reported, never a reason to refuse. */
    @Override
    public Optional<String> notReady() {
        return Optional.empty();
    }

    @Override
    public void close() {
        running = false;
        synchronized (wake) {
            wake.notifyAll();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeProducer();
        topicCheck.close();
        if (shipped != saved) {
            position.save(shipped);
        }
    }
}
