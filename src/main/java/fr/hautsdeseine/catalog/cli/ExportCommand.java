package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.CatalogServer;
import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.publish.CatalogExport;
import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.publish.PageRequest;
import fr.hautsdeseine.catalog.publish.Publication;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = {
        "Write the store to a file or standard output: a backup of every graph (--format trig or nq),",
        "or the DCAT catalog as served (--format ttl, rdf, jsonld or nt), whole in one file or,",
        "with --page-size, as pages page-1.ttl, page-2.ttl... in the directory DIR."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options = new StoreOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "trig", description = "trig or nq (backup); ttl, rdf, jsonld or nt (catalog). Default trig")
    String format;

    @Option(names = "--page-size", description = "write the catalog as pages of N datasets (1 to 1000) into the directory DIR")
    Integer pageSize;

    @Option(names = "--pages-url", description = "the URL the pages will be served under, for their links (default: DIR as a file: URL)")
    String pagesUrl;

    @Parameters(arity = "0..1", paramLabel = "FILE|DIR", description = "output file, or directory with --page-size (default: standard output)")
    Path target;

    @Override
    public Integer call() throws IOException {
        var config = options.config();
        boolean backup = format.equals("trig") || format.equals("nq");
        OutputSyntax syntax = backup ? null : OutputSyntax.fromExtension(format).filter(s -> !format.equals("xml"))
                .orElseThrow(() -> usage("--format must be trig, nq, ttl, rdf, jsonld or nt, got '" + format + "'"));
        if (pageSize != null && (backup || target == null || pageSize < 1 || pageSize > PageRequest.MAX_PAGE_SIZE)) {
            throw usage("--page-size needs a catalog format (ttl, rdf, jsonld, nt), a directory, and a size from 1 to "
                    + PageRequest.MAX_PAGE_SIZE);
        }
        try (CatalogStore store = CatalogStore.open(config.dataDir(), new CatalogIris(config.baseUrl()))) {
            if (pageSize != null) {
                Path directory = target.toAbsolutePath();
                String url = pagesUrl != null ? pagesUrl : directory.toUri().toString();
                int pages;
                try (CatalogIndex index = CatalogIndex.open(store, config.dataDir().resolve(CatalogServer.INDEX_DIRECTORY))) {
                    pages = new CatalogExport(new Publication(store, Clock.systemUTC(), index)).pages(syntax, pageSize,
                            directory, url);
                }
                System.err.println(pages + " pages written to " + directory);
                return 0;
            }
            try (OutputStream out = target == null ? nonClosing(System.out) : Files.newOutputStream(target)) {
                if (backup) {
                    writeBackup(store, out, format.equals("trig") ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS);
                } else {
                    try (CatalogIndex index = CatalogIndex.open(store, config.dataDir().resolve(CatalogServer.INDEX_DIRECTORY))) {
                        new CatalogExport(new Publication(store, Clock.systemUTC(), index)).whole(syntax, out);
                    }
                }
            }
        }
        return 0;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static void writeBackup(CatalogStore store, OutputStream out, RDFFormat format) {
        store.read(dsg -> {
            RDFDataMgr.write(out, dsg, format);
            return null;
        });
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
