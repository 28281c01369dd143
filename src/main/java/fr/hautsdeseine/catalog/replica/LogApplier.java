package fr.hautsdeseine.catalog.replica;

import fr.hautsdeseine.catalog.config.ReplicationConfig;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeFollower;
import fr.hautsdeseine.catalog.store.ChangeEntry;
import fr.hautsdeseine.catalog.store.ChangesPrunedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replica's side: reads the topic and applies each entry strictly in sequence, exactly once. The last
 * applied sequence is this store's own change log's last one, written in the same transaction as the
 * entry's change ({@link CatalogStore#applyCopy}), so a crash neither skips nor repeats an entry; entries
 * the primary shipped twice are passed over by their sequence. Every follower of the log (the indexes,
 * feeds) follows the applied entries as it follows writes on a primary.
 * <p>
 * A missing entry stops applying until it arrives (the primary ships again from its last acknowledged
 * one); an entry that contradicts this store stops applying for good, and the replica is no longer ready.
 */
final class LogApplier implements Replication {
    private static final Logger log = LoggerFactory.getLogger(LogApplier.class);
    /** Entries may commit slightly out of time order: the seek by time starts this much earlier. */
    private static final Duration SEEK_MARGIN = Duration.ofMinutes(1);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final CatalogStore store;
    private final Map<String, Object> consumerSettings;
    private final TopicPartition partition;
    private final String primaryUrl;
    private final Clock clock;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Consumer<String, String> consumer;
    private volatile long highestSeen;
    private volatile long backlog = -1;
    private volatile boolean caughtUp;
    private volatile String gap;
    private volatile String stopped;
    private volatile String kafkaFailure;

    LogApplier(CatalogStore store, Map<String, Object> consumerSettings, String topic, String primaryUrl, Clock clock) {
        this.store = store;
        this.consumerSettings = consumerSettings;
        this.partition = new TopicPartition(topic, 0);
        this.primaryUrl = primaryUrl;
        this.clock = clock;
        this.thread = new Thread(this::run, "changelog-applier");
        this.thread.setDaemon(true);
    }

    LogApplier start() {
        highestSeen = store.changes().lastSequence();
        store.takeLastChangeFromLog();
        thread.start();
        log.info("[replica] applying {} from entry {}; writes go to {}", partition, highestSeen + 1, primaryUrl);
        return this;
    }

    private void run() {
        while (running && stopped == null) {
            try (Consumer<String, String> reading = new KafkaConsumer<>(consumerSettings)) {
                consumer = reading;
                reading.assign(List.of(partition));
                seekToLastApplied(reading);
                while (running && stopped == null) {
                    for (ConsumerRecord<String, String> record : reading.poll(Duration.ofMillis(500))) {
                        take(record);
                        if (stopped != null) {
                            return;
                        }
                    }
                    OptionalLong lag = reading.currentLag(partition);
                    if (lag.isPresent()) {
                        backlog = lag.getAsLong();
                        caughtUp |= backlog == 0;
                    }
                    if (kafkaFailure != null) {
                        log.info("[replica] Kafka is back");
                        kafkaFailure = null;
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (kafkaFailure == null) {
                    log.warn("[replica] cannot read {}: {}", partition, e.getMessage());
                }
                kafkaFailure = e.getMessage();
                pause();
            } finally {
                consumer = null;
            }
        }
    }

    /**
     * Starts reading near the first entry not applied yet: by time, from the last applied entry's commit
     * (an entry is shipped after it commits). Anything read before it is passed over by its sequence.
     */
    private void seekToLastApplied(Consumer<String, String> reading) {
        long applied = store.changes().lastSequence();
        Optional<Instant> time = applied == 0 ? Optional.empty() : commitTime(applied);
        if (time.isEmpty()) {
            reading.seekToBeginning(List.of(partition));
            return;
        }
        long from = time.get().minus(SEEK_MARGIN).toEpochMilli();
        OffsetAndTimestamp offset = reading.offsetsForTimes(Map.of(partition, Math.max(0, from))).get(partition);
        if (offset == null) {
            // Nothing as recent: the topic's end is where the next entry will be.
            reading.seekToEnd(List.of(partition));
        } else {
            reading.seek(partition, offset.offset());
        }
    }

    private void take(ConsumerRecord<String, String> record) {
        ChangeEntry entry;
        try {
            entry = EntryRecords.toEntry(record);
        } catch (IllegalArgumentException e) {
            stop(e.getMessage());
            return;
        }
        highestSeen = Math.max(highestSeen, entry.sequence());
        long applied = store.changes().lastSequence();
        if (entry.sequence() <= applied) {
            checkSame(entry);
        } else if (entry.sequence() == applied + 1) {
            try {
                store.applyCopy(entry);
            } catch (RuntimeException e) {
                stop("entry " + entry.sequence() + " cannot be applied: " + e.getMessage());
                return;
            }
            if (gap != null) {
                log.info("[replica] entry {} arrived: applying again", entry.sequence());
                gap = null;
            }
        } else if (gap == null) {
            gap = "entry " + (applied + 1) + " is missing: the topic goes on with entry " + entry.sequence()
                    + "; waiting for the primary to ship it (if it was pruned from the topic, rejoin from a snapshot)";
            log.warn("[replica] {}", gap);
        }
    }

    /** An entry this store already applied must be the same one: else this store and the primary diverged. */
    private void checkSame(ChangeEntry entry) {
        try {
            List<ChangeEntry> own = store.changes().readFrom(entry.sequence(), 1);
            if (!own.isEmpty() && !own.get(0).transaction().equals(entry.transaction())) {
                stop("entry " + entry.sequence() + " on the topic is from transaction " + entry.transaction()
                        + " but this replica applied one from " + own.get(0).transaction()
                        + ": the primary's log was replaced (a restore?); rejoin from a snapshot");
            }
        } catch (ChangesPrunedException pruned) {
            // Older than anything this replica keeps: nothing to compare it with, and nothing to do.
        }
    }

    private void stop(String reason) {
        stopped = reason;
        log.error("[replica] stopped applying: {}", reason);
    }

    private Optional<Instant> commitTime(long sequence) {
        try {
            List<ChangeEntry> entry = store.changes().readFrom(sequence, 1);
            return entry.isEmpty() ? Optional.empty() : Optional.of(entry.get(0).time());
        } catch (ChangesPrunedException e) {
            return Optional.empty();
        }
    }

    private void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public ReplicationConfig.Role role() {
        return ReplicationConfig.Role.REPLICA;
    }

    @Override
    public Optional<String> primaryUrl() {
        return Optional.of(primaryUrl);
    }

    @Override
    public Map<String, Object> health() {
        long applied = store.changes().lastSequence();
        long waiting = Math.max(0, highestSeen - applied) + Math.max(0, backlog);
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("role", role().label());
        health.put("primary", primaryUrl);
        health.put("lastSequence", applied);
        health.put("lagEntries", waiting);
        health.put("lagSeconds", waiting == 0 ? 0 : secondsSinceCommitOf(applied));
        health.put("kafka", kafkaFailure == null ? "ok" : "unavailable: " + kafkaFailure);
        health.put("applying", stopped != null ? "stopped: " + stopped : gap != null ? "waiting: " + gap : "ok");
        return health;
    }

    @Override
    public ChangeFollower.Lag lag() {
        long waiting = Math.max(0, highestSeen - store.changes().lastSequence()) + Math.max(0, backlog);
        return new ChangeFollower.Lag(waiting,
                waiting == 0 ? 0 : Math.max(0, secondsSinceCommitOf(store.changes().lastSequence())));
    }

    /** Since the last applied entry committed on the primary: how old this replica's view may be, at most. */
    private long secondsSinceCommitOf(long sequence) {
        return commitTime(sequence).map(time -> Math.max(0, Duration.between(time, clock.instant()).toSeconds()))
                .orElse(-1L);
    }

    @Override
    public Optional<String> notReady() {
        if (stopped != null) {
            return Optional.of("stopped applying the primary's changes: " + stopped);
        }
        if (gap != null) {
            return Optional.of(gap);
        }
        if (!caughtUp) {
            return Optional.of("catching up with the primary's change log"
                    + (backlog >= 0 ? ": " + backlog + " records to read" : ""));
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        running = false;
        Consumer<String, String> reading = consumer;
        if (reading != null) {
            reading.wakeup();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
