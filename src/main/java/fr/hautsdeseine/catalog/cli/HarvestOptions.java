package fr.hautsdeseine.catalog.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the harvest commands act: the data directory, or the server that holds it. */
final class HarvestOptions {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--server", paramLabel = "URL",
            description = "go through this catalog server's admin API (default when a server holds the store:"
                    + " CATALOG_BASE_URL, else http://localhost:CATALOG_PORT), with CATALOG_ADMIN_TOKEN as bearer")
    String server;
}
