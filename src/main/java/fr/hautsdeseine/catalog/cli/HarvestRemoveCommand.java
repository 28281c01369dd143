package fr.hautsdeseine.catalog.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "remove", description = "Remove a source, withdraw the records it brought and forget its reports.")
final class HarvestRemoveCommand implements Callable<Integer> {
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
            target.remove(name);
            out.printf("Removed harvest source '%s' and withdrew its records%n", name);
            return 0;
        });
    }
}
