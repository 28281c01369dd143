package fr.hautsdeseine.catalog.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The state of every record graph and report graph as of one log sequence, kept when older entries are
 * pruned: applying it to an empty store, then every entry after {@code sequence}, gives the current state.
 *
 * @param sequence the last entry the snapshot includes
 * @param file     a gzipped RDF Patch that adds every quad of that state
 */
public record ChangeSnapshot(long sequence, Path file) {

    /** The snapshot's patch, uncompressed: read it with {@code RDFPatchOps.read}. */
    public InputStream open() throws IOException {
        return new GZIPInputStream(Files.newInputStream(file), 1 << 16);
    }
}
