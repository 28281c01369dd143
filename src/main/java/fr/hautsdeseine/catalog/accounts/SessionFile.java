package fr.hautsdeseine.catalog.accounts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live sessions kept in one JSON file beside the store, readable by its owner only, so that a restart
 * signs no one out. It holds a hash of each session id, never the id itself: whoever reads the file cannot
 * take over a session with it. Replaced whole, through a temporary file, on each change.
 */
public final class SessionFile {
    private static final Logger log = LoggerFactory.getLogger(SessionFile.class);

    /** One session as kept: the SHA-256 of its id, whose it is, when it was last used (ISO-8601). */
    public record Stored(String idHash, String email, String lastSeen) {
        public Stored(String idHash, String email, Instant lastSeen) {
            this(idHash, email, lastSeen.toString());
        }

        Instant lastSeenAt() {
            return Instant.parse(lastSeen);
        }
    }

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    public SessionFile(Path file) {
        this.file = file;
    }

    /** The sessions file of the store in {@code dataDir}. */
    public static SessionFile in(Path dataDir) {
        return new SessionFile(dataDir.resolve("sessions.json"));
    }

    /** What the file holds; none when there is no file, or one that cannot be read (everyone signs in again). */
    public List<Stored> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Stored> stored = json.readValue(file.toFile(), new TypeReference<List<Stored>>() { });
            stored.forEach(Stored::lastSeenAt);
            return stored;
        } catch (IOException | RuntimeException e) {
            log.warn("[sessions] cannot read {}, every session starts afresh: {}", file, e.getMessage());
            return List.of();
        }
    }

    public synchronized void save(Collection<Stored> sessions) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temporary,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            json.writeValue(temporary.toFile(), List.copyOf(sessions));
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sessions " + file, e);
        }
    }
}
