package fr.hautsdeseine.catalog.ops;

import fr.hautsdeseine.catalog.store.CatalogStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running server's backups: taken on demand or on a schedule into one directory, named by the
 * time they were taken ({@code backup-20260131T020000Z}), the oldest beyond the retention count deleted.
 */
public final class BackupService implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAMES = DateTimeFormatter.ofPattern("'backup-'yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final CatalogStore store;
    private final Path dataDir;
    private final Path backupDir;
    private final int keep;
    private final Backups backups;
    private final Clock clock;
    private ScheduledExecutorService schedule;

    public BackupService(CatalogStore store, Path dataDir, Path backupDir, int keep, Clock clock) {
        this.store = store;
        this.dataDir = dataDir;
        this.backupDir = backupDir;
        this.keep = keep;
        this.backups = new Backups(clock);
        this.clock = clock;
    }

    /** A backup taken now, then the oldest beyond the retention count deleted. */
    public synchronized Path backupNow() {
        Path target = backupDir.resolve(NAMES.format(clock.instant()));
        if (Files.exists(target)) {
            throw new BackupException("A backup named " + target.getFileName() + " was taken this second: try again");
        }
        BackupManifest manifest = backups.create(store, dataDir, target);
        backups.prune(backupDir, keep).forEach(old -> log.info("[backup] removed {} (keeping {})", old, keep));
        log.info("[backup] {}: {} records, {} quads, revision {}", target, manifest.records(), manifest.quads(),
                manifest.revision());
        return target;
    }

    /** A backup of this service's directory by name, verified; a name that is not a backup's is refused. */
    public Path find(String name) {
        if (!name.matches("backup-[0-9]{8}T[0-9]{6}Z")) {
            throw new BackupException("'" + name + "' is not a backup name (backup-YYYYMMDDTHHMMSSZ)");
        }
        Path backup = backupDir.resolve(name);
        backups.verify(backup);
        return backup;
    }

    public Backups backups() {
        return backups;
    }

    public synchronized void schedule(Duration every) {
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "backup-schedule");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleAtFixedRate(() -> {
            try {
                backupNow();
            } catch (RuntimeException e) {
                log.error("[backup] scheduled backup failed: {}", e.getMessage());
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        log.info("[backup] every {} into {}, keeping {}", every, backupDir, keep);
    }

    @Override
    public synchronized void close() {
        if (schedule != null) {
            schedule.shutdown();
            try {
                // A backup under way holds a read transaction: let it end before the store closes.
                schedule.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
