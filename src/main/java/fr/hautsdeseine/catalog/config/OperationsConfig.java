package fr.hautsdeseine.catalog.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * How the server reports on itself and keeps its backups, read from {@code CATALOG_*} variables.
 *
 * @param accessLog        one log line per request (logger {@code access}), on by default
 * @param backupDir        where the server writes backups (the admin API's and the scheduled ones)
 * @param backupEveryHours hours between scheduled backups; 0: none
 * @param backupKeep       how many backups the schedule keeps; older ones are deleted
 */
public record OperationsConfig(boolean accessLog, Path backupDir, long backupEveryHours, int backupKeep) {

    public OperationsConfig {
        if (backupEveryHours < 0) {
            throw new IllegalArgumentException("CATALOG_BACKUP_EVERY_HOURS must be 0 (no schedule) or more, got " + backupEveryHours);
        }
        if (backupKeep < 1) {
            throw new IllegalArgumentException("CATALOG_BACKUP_KEEP must be at least 1, got " + backupKeep);
        }
    }

    public static OperationsConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static OperationsConfig from(Map<String, String> env) {
        return new OperationsConfig(
                !"false".equalsIgnoreCase(env.getOrDefault("CATALOG_ACCESS_LOG", "true")),
                Path.of(env.getOrDefault("CATALOG_BACKUP_DIR", "backups")),
                EnvironmentVariables.wholeNumber(env, "CATALOG_BACKUP_EVERY_HOURS", 0),
                (int) EnvironmentVariables.wholeNumber(env, "CATALOG_BACKUP_KEEP", 7));
    }
}
