package fr.hautsdeseine.catalog.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Every quad of the store as N-Quads, read in one read transaction: a consistent snapshot taken while
 * writers go on (TDB2 readers see the store as it was when they began). And the way back: a new store
 * filled from such a snapshot in one write transaction.
 */
public final class StoreSnapshot {

    /** What a snapshot holds: the store's state and the change log's last entry at that moment, and how many quads. */
    public record Info(String baseUrl, long recordCount, String revision, long changeLogSequence, long quads) {
    }

    private StoreSnapshot() {
    }

    public static Info write(CatalogStore store, OutputStream out) {
        // Through the store's gate, so that compaction never switches files under a backup.
        return store.read(dsg -> {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            long quads = 0;
            writer.start();
            for (Iterator<Quad> all = dsg.find(); all.hasNext(); quads++) {
                writer.quad(all.next());
            }
            writer.finish();
            StoreState state = StoreState.read(dsg)
                    .orElse(new StoreState(store.iris().base(), store.recordCount(), store.revision()));
            return new Info(state.baseUrl(), state.recordCount(), state.revision(),
                    store.changes().lastSequenceInTransaction(), quads);
        });
    }

    /**
     * Creates a store in {@code directory}, which must be empty, from an N-Quads snapshot; answers how
     * many quads it loaded. A parse error leaves the store empty (the transaction is aborted).
     */
    public static long load(Path directory, InputStream nquads) throws IOException {
        Files.createDirectories(directory);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(directory.toString()));
        try {
            return Txn.calculateWrite(dsg, () -> {
                long[] count = {0};
                StreamRDF counting = new CountingStream(StreamRDFLib.dataset(dsg), count);
                RDFParser.source(nquads).lang(Lang.NQUADS).parse(counting);
                return count[0];
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static final class CountingStream extends StreamRDFWrapper {
        private final long[] count;

        CountingStream(StreamRDF inner, long[] count) {
            super(inner);
            this.count = count;
        }

        @Override
        public void quad(Quad quad) {
            count[0]++;
            super.quad(quad);
        }
    }
}
