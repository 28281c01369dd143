package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.CatalogServer;
import fr.hautsdeseine.catalog.audit.AuditLog;
import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.ingest.Importer;
import fr.hautsdeseine.catalog.ingest.RdfParseException;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.ingest.RecordRejectedException;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.RecordClashException;
import fr.hautsdeseine.catalog.store.WriteOutcome;
import fr.hautsdeseine.catalog.validation.Profile;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import fr.hautsdeseine.catalog.validation.ReportSummaries;
import fr.hautsdeseine.catalog.validation.ValidationFailedException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.RuntimeIOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Import RDF documents into the store: all of their records, or none.")
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options = new StoreOptions();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files (.ttl .rdf .xml .jsonld .nt .nq .trig)")
    List<Path> files;

    @Option(names = "--profile", defaultValue = "portal", converter = ProfileConverter.class,
            description = "portal (the portal's own records, default) or partner (records of a partner body)")
    Profile profile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var config = options.config();
        // The index follows the import's write as the server would: the store, the change log and the index
        // are filled in this one run, and the next start has nothing to catch up.
        try (CatalogStore store = CatalogStore.open(config.dataDir(), new CatalogIris(config.baseUrl()));
             CatalogIndex index = CatalogIndex.open(store, config.dataDir().resolve(CatalogServer.INDEX_DIRECTORY))) {
            Importer importer = new Importer(store, RecordValidator.standard());
            Map<String, Path> fileById = new java.util.HashMap<>();
            Map<String, WriteOutcome> outcomes = importAll(importer, fileById, err);
            if (outcomes == null) {
                err.println("Nothing imported.");
                return 1;
            }
            AuditLog audit = AuditLog.in(config.dataDir(), java.time.Clock.systemUTC());
            outcomes.forEach((id, outcome) -> {
                if (outcome != WriteOutcome.UNCHANGED) {
                    audit.record("cli:" + System.getProperty("user.name"), outcome.label(), id, "import " + fileById.get(id));
                }
            });
            for (WriteOutcome kind : WriteOutcome.values()) {
                long count = outcomes.values().stream().filter(kind::equals).count();
                out.printf("%s: %d%n", kind.label(), count);
            }
            out.printf("%d records imported from %d files%n", outcomes.size(), files.size());
            return 0;
        } catch (ValidationFailedException e) {
            e.reports().stream().filter(report -> !report.conforms())
                    .forEach(report -> ReportSummaries.lines(report).forEach(err::println));
            err.println(e.getMessage());
            return 1;
        } catch (RecordClashException | RecordRejectedException e) {
            err.println(e.getMessage());
            err.println("Nothing imported.");
            return 1;
        }
    }

    /**
     * Reads every file, then stores all of their records; null (after saying why) when a file cannot give
     * its records. The records are not kept once stored: closing the store runs a full GC.
     */
    private Map<String, WriteOutcome> importAll(Importer importer, Map<String, Path> fileById, PrintWriter err) {
        List<DatasetRecord> records = new ArrayList<>();
        for (Path file : files) {
            List<DatasetRecord> parsed = parse(importer, file, err);
            if (parsed == null) {
                return null;
            }
            for (DatasetRecord record : parsed) {
                Path earlier = fileById.putIfAbsent(record.id(), file);
                if (earlier != null) {
                    err.printf("%s: record '%s' is already described by %s%n", file, record.id(), earlier);
                    return null;
                }
            }
            records.addAll(parsed);
        }
        return importer.store(records, "cli", "cli:" + System.getProperty("user.name"), profile);
    }

    private static List<DatasetRecord> parse(Importer importer, Path file, PrintWriter err) {
        var syntax = RdfSyntax.fromFileName(file.getFileName().toString());
        if (syntax.isEmpty()) {
            err.printf("%s: unknown RDF syntax; use one of the extensions %s%n", file, RdfSyntax.acceptedExtensions());
            return null;
        }
        try (InputStream document = new BufferedInputStream(Files.newInputStream(file))) {
            return importer.parse(document, syntax.get(), file.toAbsolutePath().toUri().toString());
        } catch (IOException e) {
            err.printf("%s: cannot read: %s%n", file, e.getMessage());
        } catch (RuntimeIOException e) {
            err.printf("%s: cannot read: %s%n", file, e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        } catch (RdfParseException e) {
            err.printf("%s: not well-formed: %s%n", file, e.describe());
        } catch (RecordRejectedException e) {
            e.problems().forEach(problem -> err.printf("%s: %s%n", file, problem));
        }
        return null;
    }
}
