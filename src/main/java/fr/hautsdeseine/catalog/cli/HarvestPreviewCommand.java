package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.harvest.HarvestReport;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "preview", description = {"Dry run: fetch, repair and validate a source, and report what a run would"
        + " create, update, withdraw and refuse. Nothing is stored, withdrawn or kept as a report.",
        "Exit code 0: the source could be read; 1: it could not."})
final class HarvestPreviewCommand extends HarvestSubcommand {
    @Parameters(paramLabel = "NAME", description = "the source's name")
    String name;

    @Override
    int act(HarvestTarget target, PrintWriter out) {
        HarvestReport report = target.preview(name, line -> {
            out.println(line);
            out.flush();
        });
        new HarvestPrinter(out).report(report);
        return report.complete() ? 0 : 1;
    }
}
