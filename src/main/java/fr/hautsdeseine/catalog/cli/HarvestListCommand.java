package fr.hautsdeseine.catalog.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the sources: type, interval, URL and their last run.")
final class HarvestListCommand implements Callable<Integer> {
    @Mixin
    HarvestOptions options = new HarvestOptions();

    @ParentCommand
    HarvestCommand harvest;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return harvest.execute(options, spec, (target, out) -> {
            new HarvestPrinter(out).sources(target.list());
            return 0;
        });
    }
}
