package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.harvest.HarvestReport;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = {"Harvest a source now: progress as it goes, then the report.",
        "Exit code 0: the run completed (rejected records included); 1: it failed and stored nothing."})
final class HarvestRunCommand extends HarvestSubcommand {
    @Parameters(paramLabel = "NAME", description = "the source's name")
    String name;

    @Override
    int act(HarvestTarget target, PrintWriter out) {
        HarvestReport report = target.run(name, line -> {
            out.println(line);
            out.flush();
        });
        new HarvestPrinter(out).report(report);
        return report.complete() ? 0 : 1;
    }
}
