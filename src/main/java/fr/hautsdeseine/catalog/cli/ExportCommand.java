package fr.hautsdeseine.catalog.cli;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", description = "Write the whole store, every graph kept (TriG or N-Quads), to a file or standard output.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options = new StoreOptions();

    @Option(names = "--format", defaultValue = "trig", description = "trig or nq (default trig)")
    String format;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "output file (default: standard output)")
    Path file;

    @Override
    public Integer call() throws IOException {
        RDFFormat rdfFormat = switch (format) {
            case "trig" -> RDFFormat.TRIG_BLOCKS;
            case "nq" -> RDFFormat.NQUADS;
            default -> throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--format must be trig or nq, got '" + format + "'");
        };
        var config = options.config();
        try (CatalogStore store = CatalogStore.open(config.dataDir(), new CatalogIris(config.baseUrl()))) {
            if (file == null) {
                write(store, System.out, rdfFormat);
            } else {
                try (OutputStream out = Files.newOutputStream(file)) {
                    write(store, out, rdfFormat);
                }
            }
        }
        return 0;
    }

    private static void write(CatalogStore store, OutputStream out, RDFFormat format) {
        store.read(dsg -> {
            RDFDataMgr.write(out, dsg, format);
            return null;
        });
    }

}
