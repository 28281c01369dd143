package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.ingest.RdfParseException;
import fr.hautsdeseine.catalog.ingest.RdfReader;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.ingest.RecordRejectedException;
import fr.hautsdeseine.catalog.ingest.RecordSplitter;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.validation.Profile;
import fr.hautsdeseine.catalog.validation.RecordReport;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import fr.hautsdeseine.catalog.validation.ReportSummaries;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = "Validate RDF documents record by record, storing nothing."
        + " Exit code 0: every record conforms; 1: some record has a violation; 2: a file cannot be read.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options = new StoreOptions();

    @Option(names = "--profile", defaultValue = "portal", converter = ProfileConverter.class,
            description = "portal (default) or partner")
    Profile profile;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files (.ttl .rdf .xml .jsonld .nt .nq .trig)")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RecordValidator validator = RecordValidator.standard();
        RecordSplitter splitter = new RecordSplitter(new CatalogIris(options.config().baseUrl()));
        boolean allConform = true;
        for (Path file : files) {
            var syntax = RdfSyntax.fromFileName(file.getFileName().toString());
            if (syntax.isEmpty()) {
                err.printf("%s: unknown RDF syntax; use one of the extensions %s%n", file, RdfSyntax.acceptedExtensions());
                return 2;
            }
            try {
                var graph = new RdfReader().read(Files.readAllBytes(file), syntax.get(), file.toAbsolutePath().toUri().toString());
                for (RecordReport report : validator.validateAll(splitter.split(graph), profile)) {
                    ReportSummaries.lines(report).forEach(line -> out.println(file.getFileName() + ": " + line));
                    allConform &= report.conforms();
                }
            } catch (IOException e) {
                err.printf("%s: cannot read: %s%n", file, e.getMessage());
                return 2;
            } catch (RdfParseException e) {
                err.printf("%s: not well-formed: %s%n", file, e.describe());
                return 2;
            } catch (RecordRejectedException e) {
                e.problems().forEach(problem -> err.printf("%s: %s%n", file, problem));
                return 2;
            }
        }
        return allConform ? 0 : 1;
    }
}
