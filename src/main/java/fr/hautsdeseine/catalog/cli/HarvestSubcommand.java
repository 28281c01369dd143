package fr.hautsdeseine.catalog.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every {@code harvest} subcommand shares: where to act, and how failures are told. */
abstract class HarvestSubcommand implements Callable<Integer> {
    @Mixin
    HarvestOptions options = new HarvestOptions();

    @ParentCommand
    HarvestCommand harvest;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        checkOptions();
        return harvest.execute(options, spec, this::act);
    }

    /** Refuses bad options (a picocli ParameterException) before anything is opened. */
    void checkOptions() {
    }

    /** Does the job on the store or through the server; answers the exit code. */
    abstract int act(HarvestTarget target, PrintWriter out);
}
