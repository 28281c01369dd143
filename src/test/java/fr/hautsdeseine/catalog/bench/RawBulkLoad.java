package fr.hautsdeseine.catalog.bench;

import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * The baseline of the import figures: Jena's TDB2 phased bulk loader (tdb2.tdbloader's default)
 * loading a file into a fresh store, run in its own JVM like the CLI import it is compared with. The file may
 * hold quads (N-Quads, TriG): {@code bench/import-vs-bulk} also loads the quads an import stored.
 * Usage: {@code RawBulkLoad STORE_DIR FILE}.
 */
public final class RawBulkLoad {
    private RawBulkLoad() {
    }

    public static void main(String[] args) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(Path.of(args[0]).toString()));
        MonitorOutput quiet = (format, values) -> { };
        DataLoader loader = LoaderFactory.phasedLoader(dsg, quiet);
        loader.startBulk();
        try {
            loader.load(args[1]);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        System.out.println(loader.countTriples() + " triples and " + loader.countQuads() + " quads loaded");
        System.exit(0);
    }
}
