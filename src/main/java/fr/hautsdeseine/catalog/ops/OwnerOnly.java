package fr.hautsdeseine.catalog.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files that may hold secrets (tokens, audit lines, backups) are readable by the server's user alone. */
final class OwnerOnly {
    private OwnerOnly() {
    }

    static void restrict(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                    Files.isDirectory(file) ? "rwx------" : "rw-------"));
        }
    }
}
