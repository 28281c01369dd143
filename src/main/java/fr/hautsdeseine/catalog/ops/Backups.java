package fr.hautsdeseine.catalog.ops;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.hautsdeseine.catalog.ops.BackupManifest.BackupFile;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.StoreSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of a data directory, taken while the server serves and writes: every graph as compressed
 * N-Quads from one read transaction, the server's own files beside the store (harvest sources' run
 * reports, partner tokens, the audit log, ...), compressed one by one, and a manifest with checksums.
 * Indexes are not backed up: they are derived from the store and rebuilt at the first start.
 */
public final class Backups {
    static final String DATASET = "dataset.nq.gz";
    static final String FILES = "files/";
    /** What a data directory holds that is TDB2's own or derived from it, and sessions (a restore revives none). */
    private static final Set<String> NOT_COPIED = Set.of("tdb.lock", "tdb.cfg", "Backups", "search-index",
            "record-index.bin", "index", "sessions.json", "sessions.json.tmp");

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Clock clock;

    public Backups(Clock clock) {
        this.clock = clock;
    }

    /** Writes a backup of the store and its data directory into {@code target}, which must not exist yet. */
    public BackupManifest create(CatalogStore store, Path dataDir, Path target) {
        try {
            Files.createDirectories(target.getParent() == null ? Path.of(".") : target.getParent());
            Files.createDirectory(target);
            OwnerOnly.restrict(target);
            String created = clock.instant().toString();
            StoreSnapshot.Info snapshot;
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target.resolve(DATASET)), 1 << 16)) {
                snapshot = StoreSnapshot.write(store, out);
            }
            for (Path file : serverFiles(dataDir)) {
                Path copy = target.resolve(FILES + dataDir.relativize(file) + ".gz");
                Files.createDirectories(copy.getParent());
                try (InputStream in = Files.newInputStream(file);
                     OutputStream out = new GZIPOutputStream(Files.newOutputStream(copy))) {
                    in.transferTo(out);
                }
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, created, snapshot.baseUrl(),
                    snapshot.recordCount(), snapshot.revision(), snapshot.changeLogSequence(), snapshot.quads(),
                    checksums(target));
            json.writeValue(target.resolve(BackupManifest.NAME).toFile(), manifest);
            return manifest;
        } catch (FileAlreadyExistsException e) {
            throw new BackupException("The backup directory " + target + " already exists: name a new one");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Reads the manifest and checks every file against it; a damaged or partial backup is refused. */
    public BackupManifest verify(Path backup) {
        BackupManifest manifest = manifest(backup);
        if (manifest.format() != BackupManifest.FORMAT) {
            throw new BackupException("The backup in " + backup + " has format " + manifest.format()
                    + "; this server reads format " + BackupManifest.FORMAT);
        }
        if (manifest.files().stream().noneMatch(file -> file.path().equals(DATASET))) {
            throw new BackupException("The backup in " + backup + " is damaged: its manifest lists no " + DATASET);
        }
        for (BackupFile expected : manifest.files()) {
            Path file = backup.resolve(expected.path()).normalize();
            if (!file.startsWith(backup.normalize())) {
                throw new BackupException("The backup in " + backup + " is damaged: its manifest names " + expected.path()
                        + ", outside the backup");
            }
            if (!Files.isRegularFile(file)) {
                throw new BackupException("The backup in " + backup + " is partial: " + expected.path() + " is missing");
            }
            BackupFile actual = describe(backup, file);
            if (actual.bytes() != expected.bytes() || !actual.sha256().equals(expected.sha256())) {
                throw new BackupException("The backup in " + backup + " is damaged: " + expected.path()
                        + " does not match its checksum in " + BackupManifest.NAME);
            }
        }
        return manifest;
    }

    /**
     * Rebuilds a data directory from a verified backup: the store, then the server's files. The directory
     * must be empty or absent, so that a restore never mixes with what is there.
     */
    public BackupManifest restore(Path backup, Path dataDir) {
        BackupManifest manifest = verify(backup);
        try {
            if (Files.isDirectory(dataDir)) {
                try (Stream<Path> present = Files.list(dataDir)) {
                    if (present.findAny().isPresent()) {
                        throw new BackupException("The data directory " + dataDir + " is not empty: restore into an"
                                + " empty or new directory");
                    }
                }
            }
            long loaded;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(backup.resolve(DATASET)), 1 << 16)) {
                loaded = StoreSnapshot.load(dataDir, in);
            }
            if (loaded != manifest.quads()) {
                throw new BackupException("The backup in " + backup + " is damaged: " + DATASET + " holds " + loaded
                        + " quads, its manifest says " + manifest.quads());
            }
            for (BackupFile file : manifest.files()) {
                if (file.path().startsWith(FILES)) {
                    String name = file.path().substring(FILES.length(), file.path().length() - ".gz".length());
                    Path restored = dataDir.resolve(name);
                    Files.createDirectories(restored.getParent());
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(backup.resolve(file.path())))) {
                        Files.copy(in, restored);
                    }
                    OwnerOnly.restrict(restored);
                }
            }
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore " + backup + " into " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the oldest backups named {@code backup-*} in {@code directory} beyond the newest {@code keep}. */
    public List<Path> prune(Path directory, int keep) {
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> listed = Files.list(directory)) {
            List<Path> backups = listed.filter(p -> p.getFileName().toString().startsWith("backup-"))
                    .filter(p -> Files.isRegularFile(p.resolve(BackupManifest.NAME)))
                    .sorted().toList();
            for (Path old : backups.subList(0, Math.max(0, backups.size() - keep))) {
                FileTrees.delete(old);
                removed.add(old);
            }
            return removed;
        } catch (NoSuchFileException e) {
            return removed;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prune the backups in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The backup's files, manifest first, as a zip stream: how a running server hands a backup to a client. */
    public void zip(Path backup, OutputStream out) throws IOException {
        List<String> names = new ArrayList<>(List.of(BackupManifest.NAME));
        manifest(backup).files().forEach(file -> names.add(file.path()));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.NO_COMPRESSION); // every file but the manifest is gzipped already
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(backup.resolve(name), zip);
                zip.closeEntry();
            }
        }
    }

    /** Unpacks a zip stream made by {@link #zip} into {@code target}, which must not exist yet; then verifies it. */
    public BackupManifest unzip(InputStream in, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.createDirectory(target);
        OwnerOnly.restrict(target);
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = root.resolve(entry.getName()).normalize();
                if (!file.startsWith(root) || entry.isDirectory()) {
                    throw new BackupException("The backup stream names " + entry.getName() + ", outside the backup");
                }
                Files.createDirectories(file.getParent());
                Files.copy(zip, file);
            }
        }
        return verify(target);
    }

    private BackupManifest manifest(Path backup) {
        Path file = backup.resolve(BackupManifest.NAME);
        if (!Files.isRegularFile(file)) {
            throw new BackupException("No backup in " + backup + ": " + BackupManifest.NAME + " is missing (a partial copy?)");
        }
        try {
            BackupManifest manifest = json.readValue(file.toFile(), BackupManifest.class);
            if (manifest.files() == null) {
                throw new BackupException("The backup in " + backup + " is damaged: its manifest lists no files");
            }
            return manifest;
        } catch (JacksonException e) {
            throw new BackupException("The backup in " + backup + " is damaged: " + BackupManifest.NAME
                    + " is not a readable manifest (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> serverFiles(Path dataDir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> top = Files.list(dataDir)) {
            for (Path entry : top.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (NOT_COPIED.contains(name) || name.startsWith("Data-")) {
                    continue;
                }
                try (Stream<Path> tree = Files.walk(entry)) {
                    tree.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    private static List<BackupFile> checksums(Path backup) throws IOException {
        try (Stream<Path> tree = Files.walk(backup)) {
            return tree.filter(Files::isRegularFile).sorted().map(file -> describe(backup, file)).toList();
        }
    }

    private static BackupFile describe(Path backup, Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            long bytes = in.transferTo(OutputStream.nullOutputStream());
            String sha = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            return new BackupFile(backup.relativize(file).toString().replace('\\', '/'), bytes, sha);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
