package fr.hautsdeseine.catalog.backoffice;

import fr.hautsdeseine.catalog.ingest.RecordIds;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Drafts of records, one N-Triples file per record id under {@code {data dir}/drafts}, outside the
 * store: the public SPARQL endpoint queries every graph of the store, so a draft must not be in it.
 * A draft is only ever read by the back office; publishing it goes through the importer.
 */
public final class Drafts {
    private final Path directory;

    public Drafts(Path directory) {
        this.directory = directory;
    }

    public static Drafts in(Path dataDir) {
        return new Drafts(dataDir.resolve("drafts"));
    }

    /** A draft as listed on the dashboard. */
    public record Listed(String id, Instant saved) {
    }

    public synchronized void save(String id, Graph content) {
        Path file = file(id);
        try {
            Files.createDirectories(directory);
            Path temporary = file.resolveSibling(id + ".nt.tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                RDFDataMgr.write(out, content, Lang.NTRIPLES);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the draft " + file, e);
        }
    }

    public synchronized Optional<Graph> find(String id) {
        Path file = file(id);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = Files.newInputStream(file)) {
            RDFDataMgr.read(graph, in, Lang.NTRIPLES);
            return Optional.of(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the draft " + file, e);
        }
    }

    public synchronized boolean remove(String id) {
        try {
            return Files.deleteIfExists(file(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the draft " + file(id), e);
        }
    }

    /** Every draft, the most recently saved first. */
    public synchronized List<Listed> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Listed> drafts = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".nt")).toList()) {
                String name = file.getFileName().toString();
                drafts.add(new Listed(name.substring(0, name.length() - 3), Files.getLastModifiedTime(file).toInstant()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the drafts in " + directory, e);
        }
        drafts.sort(Comparator.comparing(Listed::saved).reversed());
        return drafts;
    }

    private Path file(String id) {
        if (!RecordIds.isValidId(id)) {
            throw new IllegalArgumentException("'" + id + "' is not a record id");
        }
        return directory.resolve(id + ".nt");
    }
}
