package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.store.CatalogStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every record's {@link RecordSummary}, sorted by record id, kept up to date after each write.
 * Readers take an immutable snapshot, so that finding any page, first or last, costs a binary
 * search and never a scan of the pages before it.
 */
public final class RecordIndex {
    private static final Logger log = LoggerFactory.getLogger(RecordIndex.class);

    private final CatalogStore store;
    private final RecordSummaries summaries;
    private final Object updates = new Object();
    private volatile List<RecordSummary> sorted;

    private RecordIndex(CatalogStore store) {
        this.store = store;
        this.summaries = new RecordSummaries(store.iris());
    }

    /** Reads every record once and follows the store's writes from then on. */
    public static RecordIndex build(CatalogStore store) {
        long started = System.nanoTime();
        RecordIndex index = new RecordIndex(store);
        synchronized (index.updates) {
            store.onChange(index::refresh);
            index.sorted = List.copyOf(store.read(index::readAll).values());
        }
        log.info("[publish] index of {} records built in {} ms", index.sorted.size(), (System.nanoTime() - started) / 1_000_000);
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

    private TreeMap<String, RecordSummary> readAll(DatasetGraph dsg) {
        List<String> ids = new ArrayList<>();
        for (Iterator<Node> graphs = dsg.listGraphNodes(); graphs.hasNext(); ) {
            String id = store.iris().idOfRecordGraph(graphs.next());
            if (id != null) {
                ids.add(id);
            }
        }
        TreeMap<String, RecordSummary> all = new TreeMap<>();
        for (String id : ids) {
            summarise(dsg, id).ifPresent(summary -> all.put(id, summary));
        }
        return all;
    }

    private Optional<RecordSummary> summarise(DatasetGraph dsg, String id) {
        Graph graph = dsg.getGraph(store.iris().recordGraph(id));
        return graph.isEmpty() ? Optional.empty() : summaries.summarise(id, graph);
    }
}
