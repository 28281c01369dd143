package fr.hautsdeseine.catalog.ops;

import java.util.List;

/**
 * {@code manifest.json} of a backup: what it holds and at which point of the store's history, with a
 * checksum for every file so that a damaged or partial copy is refused before anything is restored.
 *
 * @param format      the backup layout's version
 * @param created     when the snapshot was taken (ISO-8601)
 * @param revision    the store's revision at the snapshot: the writes it contains
 * @param changeLogSequence the change log's last entry in the snapshot: a restored store goes on from there
 * @param files       every file of the backup but the manifest, relative to the backup directory
 */
public record BackupManifest(int format, String created, String baseUrl, long records, String revision,
                             long changeLogSequence, long quads,
                             List<BackupFile> files) {
    public static final int FORMAT = 1;
    public static final String NAME = "manifest.json";

    /** One file of the backup: its path in the backup, size in bytes, and SHA-256 in hex. */
    public record BackupFile(String path, long bytes, String sha256) {
    }
}
