package fr.hautsdeseine.catalog.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TDB2 writes are append-only: every replaced record leaves its old quads and nodes on disk until the
 * store is compacted. Compaction copies the live data into a new generation ({@code Data-000N}) and
 * deletes the old one, while the server goes on serving: readers and writers wait only for the switch.
 */
public final class StoreCompaction {
    private static final Logger log = LoggerFactory.getLogger(StoreCompaction.class);

    /** Disk used by the store before and after, in bytes. */
    public record Result(long bytesBefore, long bytesAfter, long millis) {
    }

    private StoreCompaction() {
    }

    public static Result compact(CatalogStore store) {
        Path directory = directoryOf(store);
        long before = bytesUsed(directory);
        long started = System.nanoTime();
        store.exclusively(() -> DatabaseMgr.compact(store.datasetGraph(), true));
        long millis = (System.nanoTime() - started) / 1_000_000;
        long after = bytesUsed(directory);
        log.info("[compact] store compacted from {} to {} bytes in {} ms", before, after, millis);
        return new Result(before, after, millis);
    }

    /** Bytes of every file of the store's directory (all its generations). */
    public static long bytesUsed(CatalogStore store) {
        return bytesUsed(directoryOf(store));
    }

    private static Path directoryOf(CatalogStore store) {
        if (!(store.datasetGraph() instanceof DatasetGraphSwitchable switchable)) {
            throw new IllegalStateException("The store is not a TDB2 database on disk");
        }
        return Path.of(switchable.getLocation().getDirectoryPath());
    }

    private static long bytesUsed(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(StoreCompaction::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure the store in " + directory, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // a file of the old generation removed meanwhile
        }
    }
}
