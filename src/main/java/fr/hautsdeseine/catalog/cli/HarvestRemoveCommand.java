package fr.hautsdeseine.catalog.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = "Remove a source, withdraw the records it brought and forget its reports.")
final class HarvestRemoveCommand extends HarvestSubcommand {
    @Parameters(paramLabel = "NAME", description = "the source's name")
    String name;

    @Override
    int act(HarvestTarget target, PrintWriter out) {
        target.remove(name);
        out.printf("Removed harvest source '%s' and withdrew its records%n", name);
        return 0;
    }
}
