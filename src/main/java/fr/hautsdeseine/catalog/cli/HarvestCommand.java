package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.config.CatalogConfig;
import fr.hautsdeseine.catalog.config.HarvestConfig;
import fr.hautsdeseine.catalog.harvest.SourceConflictException;
import fr.hautsdeseine.catalog.harvest.SourceNotFoundException;
import fr.hautsdeseine.catalog.store.StoreLock;
import fr.hautsdeseine.catalog.store.StoreUnavailableException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code harvest add|list|run|preview|remove}: partner sources, on the store itself when no process holds it,
 * else through the admin API of the server that does.
 */
@Command(name = "harvest", description = "Harvest partner catalogs: add, list, run and remove sources."
        + " Works on the data directory when no server holds it, else through the server's admin API"
        + " (--server, CATALOG_BASE_URL or http://localhost:CATALOG_PORT, with CATALOG_ADMIN_TOKEN).",
        subcommands = {HarvestAddCommand.class, HarvestListCommand.class, HarvestRunCommand.class,
                HarvestPreviewCommand.class, HarvestRemoveCommand.class})
public final class HarvestCommand {
    private final Map<String, String> environment;

    public HarvestCommand() {
        this(System.getenv());
    }

    /** With these variables instead of the process's own ({@code CATALOG_*}). */
    public HarvestCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** What a subcommand does once it knows where to act; answers the exit code. */
    @FunctionalInterface
    interface Action {
        int run(HarvestTarget target, PrintWriter out);
    }

    /** Opens the target, runs the action, and turns every expected failure into its message and exit code 1. */
    int execute(HarvestOptions options, CommandSpec spec, Action action) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (HarvestTarget target = open(options)) {
            return action.run(target, out);
        } catch (CommandFailedException | SourceNotFoundException | SourceConflictException | StoreUnavailableException e) {
            out.flush();
            err.println(e.getMessage());
            return 1;
        }
    }

    private HarvestTarget open(HarvestOptions options) {
        CatalogConfig config = options.store.config(environment);
        if (options.server != null) {
            return new ServerHarvest(options.server, config.adminToken(), Optional.empty());
        }
        if (StoreLock.isHeld(config.dataDir())) {
            return new ServerHarvest(config.baseUrl(), config.adminToken(), Optional.of(config.dataDir()));
        }
        return LocalHarvest.open(config, HarvestConfig.from(environment));
    }
}
