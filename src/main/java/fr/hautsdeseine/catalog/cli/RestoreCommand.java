package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.config.CatalogConfig;
import fr.hautsdeseine.catalog.ops.BackupException;
import fr.hautsdeseine.catalog.ops.BackupManifest;
import fr.hautsdeseine.catalog.ops.Backups;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restore DIR}: rebuilds an empty data directory from a backup, after checking every file of it. */
@Command(name = "restore", description = "Restore a backup DIR into the data directory, which must be empty or absent."
        + " A damaged or partial backup is refused before anything is written. Indexes are rebuilt at the next start.")
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Parameters(index = "0", paramLabel = "DIR", description = "a directory written by 'backup'")
    Path backup;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    public RestoreCommand() {
        this(System.getenv());
    }

    public RestoreCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() {
        CatalogConfig config = store.config(environment);
        try {
            BackupManifest manifest = new Backups(Clock.systemUTC()).restore(backup, config.dataDir());
            spec.commandLine().getOut().printf("Restored %,d records (%,d quads, revision %s, taken %s) into %s%n",
                    manifest.records(), manifest.quads(), manifest.revision(), manifest.created(), config.dataDir());
            return 0;
        } catch (BackupException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
