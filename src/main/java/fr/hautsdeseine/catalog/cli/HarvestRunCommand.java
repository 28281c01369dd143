package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.harvest.HarvestReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "run", description = {"Harvest a source now: progress as it goes, then the report.",
        "Exit code 0: the run completed (rejected records included); 1: it failed and stored nothing."})
final class HarvestRunCommand implements Callable<Integer> {
    @Mixin
    HarvestOptions options = new HarvestOptions();

    @Parameters(paramLabel = "NAME", description = "the source's name")
    String name;

    @ParentCommand
    HarvestCommand harvest;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return harvest.execute(options, spec, (target, out) -> {
            HarvestReport report = target.run(name, line -> {
                out.println(line);
                out.flush();
            });
            new HarvestPrinter(out).report(report);
            return report.complete() ? 0 : 1;
        });
    }
}
