package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.harvest.HarvestReport;
import fr.hautsdeseine.catalog.harvest.HarvestSource;
import fr.hautsdeseine.catalog.harvest.SourceNotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Where the harvest commands act: the store itself, or the server that holds it. */
interface HarvestTarget extends AutoCloseable {

    /** A source as {@code harvest list} shows it. */
    record SourceStatus(HarvestSource source, boolean running, Optional<HarvestReport> lastRun) {
    }

    void add(HarvestSource source);

    List<SourceStatus> list();

    /** Runs the source now; progress lines go to {@code progress} as the run goes, when the target can tell. */
    HarvestReport run(String name, Consumer<String> progress);

    /** A dry run of the source: what a run would change, storing nothing. */
    HarvestReport preview(String name, Consumer<String> progress);

    /** Removes the source and withdraws its records. */
    void remove(String name);

    @Override
    void close();

    static SourceNotFoundException unknown(String name) {
        return new SourceNotFoundException("No harvest source '" + name + "'");
    }
}
