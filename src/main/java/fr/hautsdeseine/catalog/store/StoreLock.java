package fr.hautsdeseine.catalog.store;

import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.sys.Names;

/**
 * Whether a store directory is open, asked of TDB2's own lock file ({@code tdb.lock}) rather than
 * by trying to open the store: TDB2 locks it for as long as a process (this one included) has the
 * store open, and the operating system drops the lock when that process ends.
 */
public final class StoreLock {
    private StoreLock() {
    }

    /** True when a process, this one or another, has the store in {@code directory} open now. */
    public static boolean isHeld(Path directory) {
        Path lockFile = directory.resolve(Names.TDB_LOCK_FILE);
        if (!Files.isRegularFile(lockFile)) {
            return false; // never opened as a store: nobody can hold it
        }
        // One lock object per file for the whole JVM: when this process has the store open, this is TDB2's own.
        ProcessFileLock lock = ProcessFileLock.create(lockFile.toString());
        if (lock.isLockedHere()) {
            return true;
        }
        try {
            if (!lock.tryLock()) {
                return true;
            }
            lock.unlock();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } finally {
            // Forget the probe, so that opening the store takes a fresh lock object.
            ProcessFileLock.release(lock);
        }
    }
}
