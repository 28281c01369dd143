package fr.hautsdeseine.catalog.replica;

import fr.hautsdeseine.catalog.store.ChangeEntry;
import fr.hautsdeseine.catalog.store.ChangeKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * A change log entry as a Kafka record: its RDF Patch as the value, its sequence as the key, the rest in
 * headers, so that a replica rebuilds the very entry the primary's log holds.
 */
final class EntryRecords {
    private static final String SEQUENCE = "sequence";
    private static final String TRANSACTION = "transaction";
    private static final String TIME = "time";
    private static final String ACTOR = "actor";
    private static final String RECORD = "record";
    private static final String KIND = "kind";

    private EntryRecords() {
    }

    static ProducerRecord<String, String> toRecord(String topic, ChangeEntry entry) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(SEQUENCE, bytes(Long.toString(entry.sequence())));
        headers.add(TRANSACTION, bytes(entry.transaction()));
        headers.add(TIME, bytes(entry.time().toString()));
        headers.add(ACTOR, bytes(entry.actor()));
        headers.add(RECORD, bytes(entry.recordId()));
        headers.add(KIND, bytes(entry.kind().label()));
        // Partition 0 always: the topic's one partition is what keeps the entries in order.
        return new ProducerRecord<>(topic, 0, Long.toString(entry.sequence()), entry.patch(), headers);
    }

    /** @throws IllegalArgumentException when the record is not an entry (a header missing or malformed) */
    static ChangeEntry toEntry(ConsumerRecord<String, String> record) {
        try {
            return new ChangeEntry(Long.parseLong(header(record, SEQUENCE)), header(record, TRANSACTION),
                    Instant.parse(header(record, TIME)), header(record, ACTOR), header(record, RECORD),
                    ChangeKind.valueOf(header(record, KIND).toUpperCase(Locale.ROOT)), record.value());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The record at offset " + record.offset() + " of " + record.topic()
                    + " is not a change log entry: " + e.getMessage(), e);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new IllegalArgumentException("no '" + name + "' header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
