package fr.hautsdeseine.catalog.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Who changed which record and when, appended as JSON lines to one file beside the store (never in
 * the store: the SPARQL endpoint is public, the audit log is not), readable by the server's user only.
 */
public final class AuditLog {
    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public AuditLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The audit log of the store in {@code dataDir}. */
    public static AuditLog in(Path dataDir, Clock clock) {
        return new AuditLog(dataDir.resolve("audit.jsonl"), clock);
    }

    public synchronized void record(String who, String action, String record, String detail) {
        AuditEntry entry = new AuditEntry(clock.instant().toString(), who, action, record, detail);
        try {
            PrivateFiles.ensure(file);
            Files.writeString(file, json.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit log " + file, e);
        }
    }

    /** The newest {@code limit} entries, oldest first, about one record (or all) since an instant (or ever). */
    public synchronized List<AuditEntry> query(Optional<String> record, Optional<Instant> since, int limit) {
        if (!Files.exists(file)) {
            return List.of();
        }
        Deque<AuditEntry> found = new ArrayDeque<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                AuditEntry entry = parse(line);
                if (entry != null && record.map(entry.record()::equals).orElse(true)
                        && since.map(s -> !Instant.parse(entry.at()).isBefore(s)).orElse(true)) {
                    found.addLast(entry);
                    if (found.size() > limit) {
                        found.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit log " + file, e);
        }
        return new ArrayList<>(found);
    }

    private AuditEntry parse(String line) {
        try {
            return line.isBlank() ? null : json.readValue(line, AuditEntry.class);
        } catch (JsonProcessingException e) {
            return null; // a line cut short by a crash: skip it, keep the rest
        }
    }
}
