package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.store.CatalogStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every record's {@link RecordSummary}, sorted by record id, kept up to date after each write.
 * Readers take an immutable snapshot, so that finding any page, first or last, costs a binary
 * search and never a scan of the pages before it. Saved to a file beside the store on close, it is
 * read back at the next start: when the store's revision is the one the file notes, no record is read.
 */
public final class RecordIndex {
    private static final Logger log = LoggerFactory.getLogger(RecordIndex.class);

    private final CatalogStore store;
    private final RecordSummaries summaries;
    private final Optional<RecordIndexFile> file;
    private final Object updates = new Object();
    private volatile List<RecordSummary> sorted;
    /** The store revision the index reflects (guarded by {@code updates}). */
    private String revision;

    private RecordIndex(CatalogStore store, Optional<RecordIndexFile> file) {
        this.store = store;
        this.summaries = new RecordSummaries(store.iris());
        this.file = file;
    }

    /** Reads every record once and follows the store's writes from then on; nothing is saved. */
    public static RecordIndex build(CatalogStore store) {
        return start(new RecordIndex(store, Optional.empty()));
    }

    /**
     * Starts from the index saved in {@code path} (reading again only the records whose stamp changed
     * since, or every record when there is no usable file), follows the store's writes, and saves
     * itself there on {@link #save()}.
     */
    public static RecordIndex open(CatalogStore store, Path path) {
        return start(new RecordIndex(store, Optional.of(new RecordIndexFile(path))));
    }

    private static RecordIndex start(RecordIndex index) {
        long started = System.nanoTime();
        synchronized (index.updates) {
            index.store.onChange(index::refresh);
            String current = index.store.revision();
            Optional<RecordIndexFile.Saved> saved = index.file.flatMap(RecordIndexFile::read)
                    .filter(s -> s.baseUrl().equals(index.store.iris().base()));
            if (saved.isPresent() && saved.get().revision().equals(current)) {
                index.sorted = saved.get().summaries();
                index.revision = current;
                log.info("[publish] index of {} records read in {} ms", index.sorted.size(), (System.nanoTime() - started) / 1_000_000);
                return index;
            }
            int reread = index.catchUp(saved.map(RecordIndexFile.Saved::summaries).orElse(List.of()));
            index.revision = current;
            log.info("[publish] index of {} records built in {} ms ({} read from the store)", index.sorted.size(),
                    (System.nanoTime() - started) / 1_000_000, reread);
        }
        index.save();
        return index;
    }
    /** The summaries of every record, by id; immutable. */
    public List<RecordSummary> snapshot() {
        return sorted;
    }

    public Optional<RecordSummary> find(String id) {
        List<RecordSummary> all = sorted;
        int at = position(all, id);
        return at >= 0 ? Optional.of(all.get(at)) : Optional.empty();
    }

    /** Where {@code id} is in a list sorted by id, as {@link java.util.Collections#binarySearch} answers. */
    static int position(List<RecordSummary> sortedById, String id) {
        int low = 0;
        int high = sortedById.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = sortedById.get(middle).id().compareTo(id);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    /** Reads the changed records again; a record no longer in the store leaves the index. */
    private void refresh(Set<String> ids) {
        synchronized (updates) {
            revision = store.revision();
            Map<String, Optional<RecordSummary>> fresh = store.read(dsg -> {
                Map<String, Optional<RecordSummary>> read = new HashMap<>();
                for (String id : ids) {
                    read.put(id, summarise(dsg, id));
                }
                return read;
            });
            TreeMap<String, RecordSummary> next = new TreeMap<>();
            for (RecordSummary summary : sorted) {
                next.put(summary.id(), summary);
            }
            fresh.forEach((id, summary) -> summary.ifPresentOrElse(s -> next.put(id, s), () -> next.remove(id)));
            sorted = List.copyOf(next.values());
        }
    }

    /**
     * Keeps the saved summaries whose record is unchanged (same {@code dct:modified} stamp) and reads
     * the others from the store; returns how many it read.
     */
    private int catchUp(List<RecordSummary> saved) {
        Map<String, RecordSummary> known = new HashMap<>();
        saved.forEach(summary -> known.put(summary.id(), summary));
        SortedMap<String, String> stamps = store.recordStamps();
        List<String> changed = new ArrayList<>();
        TreeMap<String, RecordSummary> all = new TreeMap<>();
        stamps.forEach((id, stamp) -> {
            RecordSummary summary = known.get(id);
            if (summary != null && RecordSummaries.instant(NodeFactory.createLiteralString(stamp))
                    .filter(summary.modified()::equals).isPresent()) {
                all.put(id, summary);
            } else {
                changed.add(id);
            }
        });
        store.read(dsg -> {
            for (String id : changed) {
                summarise(dsg, id).ifPresent(summary -> all.put(id, summary));
            }
            return null;
        });
        sorted = List.copyOf(all.values());
        return changed.size();
    }

    /** Saves the index to its file, if it has one; a failure is only logged, as the next start rebuilds it. */
    public void save() {
        if (file.isEmpty()) {
            return;
        }
        synchronized (updates) {
            try {
                file.get().write(new RecordIndexFile.Saved(store.iris().base(), revision, sorted));
            } catch (IOException | RuntimeException e) {
                log.warn("[publish] cannot save the record index: {}", e.getMessage());
            }
        }
    }

    private Optional<RecordSummary> summarise(DatasetGraph dsg, String id) {
        Graph graph = dsg.getGraph(store.iris().recordGraph(id));
        return graph.isEmpty() ? Optional.empty() : summaries.summarise(id, graph);
    }
}
