package fr.hautsdeseine.catalog.config;

import java.util.Map;

/**
 * How much of the change log the server keeps, read from {@code CATALOG_CHANGELOG_RETAIN_ENTRIES}.
 *
 * @param retainEntries the newest entries kept; older ones are pruned into a snapshot. 0 keeps every entry.
 */
public record ChangeLogConfig(long retainEntries) {

    public ChangeLogConfig {
        if (retainEntries < 0) {
            throw new IllegalArgumentException("CATALOG_CHANGELOG_RETAIN_ENTRIES must be 0 (keep all) or positive, got "
                    + retainEntries);
        }
    }

    public static ChangeLogConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static ChangeLogConfig from(Map<String, String> env) {
        return new ChangeLogConfig(EnvironmentVariables.wholeNumber(env, "CATALOG_CHANGELOG_RETAIN_ENTRIES", 0));
    }

    public boolean keepsEverything() {
        return retainEntries == 0;
    }
}
