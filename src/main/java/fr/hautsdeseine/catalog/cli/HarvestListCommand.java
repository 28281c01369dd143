package fr.hautsdeseine.catalog.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

@Command(name = "list", description = "List the sources: type, interval, URL and their last run.")
final class HarvestListCommand extends HarvestSubcommand {
    @Override
    int act(HarvestTarget target, PrintWriter out) {
        new HarvestPrinter(out).sources(target.list());
        return 0;
    }
}
