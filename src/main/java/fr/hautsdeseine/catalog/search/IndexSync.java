package fr.hautsdeseine.catalog.search;

import fr.hautsdeseine.catalog.store.CatalogStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in step with the store: on start-up it re-indexes every record whose stamp
 * (its catalog record's {@code dct:modified}) differs from the indexed one and drops what the store no
 * longer holds; after each committed write it re-reads the changed records.
 */
public final class IndexSync {
    private static final Logger log = LoggerFactory.getLogger(IndexSync.class);
    private static final int BATCH = 500;

    private final CatalogStore store;
    private final SearchIndex index;
    private final RecordDigest digest;

    public IndexSync(CatalogStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
        this.digest = new RecordDigest(store.iris());
    }

    /** Brings the index up to date with the store, then follows every write. */
    public void start() {
        long started = System.nanoTime();
        Map<String, String> inStore = storeStamps();
        Map<String, String> inIndex = index.stamps();
        List<String> stale = new ArrayList<>();
        inStore.forEach((id, stamp) -> {
            if (!stamp.equals(inIndex.get(id))) {
                stale.add(id);
            }
        });
        Set<String> gone = new HashSet<>(inIndex.keySet());
        gone.removeAll(inStore.keySet());
        for (int from = 0; from < stale.size(); from += BATCH) {
            refresh(stale.subList(from, Math.min(stale.size(), from + BATCH)));
        }
        if (!gone.isEmpty()) {
            index.update(List.of(), gone);
        }
        if (!stale.isEmpty() || !gone.isEmpty()) {
            log.info("[search] index brought up to date: {} records indexed, {} dropped, in {} ms", stale.size(),
                    gone.size(), (System.nanoTime() - started) / 1_000_000);
        }
        store.onChange(this::refresh);
    }

    /** Re-reads these records from the store: indexes those it holds, withdraws the others. */
    public void refresh(Collection<String> ids) {
        List<IndexedDataset> entries = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        for (String id : ids) {
            Optional<Graph> record = store.record(id);
            if (record.isPresent()) {
                entries.add(digest.digest(id, record.get()));
            } else {
                withdrawn.add(id);
            }
        }
        index.update(entries, withdrawn);
    }

    /** Every record's stamp, read in one transaction. */
    private Map<String, String> storeStamps() {
        return store.read(dsg -> {
            Map<String, String> stamps = new HashMap<>();
            for (String id : store.recordIds()) {
                Node graph = store.iris().recordGraph(id);
                Node catalogRecord = store.iris().catalogRecord(id);
                var found = dsg.find(graph, catalogRecord, DCTerms.modified.asNode(), Node.ANY);
                stamps.put(id, found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : "");
            }
            return stamps;
        });
    }
}
