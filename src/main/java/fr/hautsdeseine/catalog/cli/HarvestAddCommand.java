package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.harvest.HarvestSource;
import fr.hautsdeseine.catalog.harvest.SourceType;
import fr.hautsdeseine.catalog.harvest.SourceUrls;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "add", description = "Add a partner catalog to harvest.")
final class HarvestAddCommand extends HarvestSubcommand {
    @Option(names = "--name", required = true, description = "short name: lower-case letters, digits, '-' or '_'")
    String name;

    @Option(names = "--url", required = true, description = "the catalog's URL (http or https)")
    String url;

    @Option(names = "--type", required = true, description = "dcat (any DCAT endpoint), ckan or ods (the portal's root URL), csw (a CSW endpoint)")
    String type;

    @Option(names = "--every", description = "harvest it on its own this often: 30m, 24h, 7d or PT6H (default: only on demand)")
    String every;

    private HarvestSource source;

    @Override
    void checkOptions() {
        try {
            source = new HarvestSource(name, HarvestSource.parseUrl(url), SourceType.parse(type),
                    Optional.ofNullable(every).map(HarvestSource::parseInterval));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    int act(HarvestTarget target, PrintWriter out) {
        target.add(source);
        out.printf("Added harvest source '%s' (%s, %s): %s%n", source.name(), source.type().label(),
                source.every().isPresent() ? "every " + HarvestPrinter.interval(source.every()) : "on demand",
                SourceUrls.masked(source.url()));
        return 0;
    }
}
