package fr.hautsdeseine.catalog.search;

import fr.hautsdeseine.catalog.store.CatalogStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in step with the store. On start-up, an index that notes the store's revision
 * is up to date as it is; otherwise it re-indexes every record whose stamp (its catalog record's
 * {@code dct:modified}) differs from the indexed one and drops what the store no longer holds. After each
 * committed write it re-reads the changed records and notes the new revision.
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
        String revision = store.revision();
        store.onChange(this::refresh);
        if (revision.equals(index.revision())) {
            return;
        }
        Map<String, String> inStore = store.recordStamps();
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
            // Each batch is committed under the old revision: an interrupted catch-up is resumed at the next start.
            reindex(stale.subList(from, Math.min(stale.size(), from + BATCH)), index.revision());
        }
        index.update(List.of(), gone, revision);
        if (!stale.isEmpty() || !gone.isEmpty()) {
            log.info("[search] index brought up to date: {} records indexed, {} dropped, in {} ms", stale.size(),
                    gone.size(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Re-reads the records a committed write changed, and notes its revision. */
    private void refresh(Set<String> ids) {
        reindex(ids, store.revision());
    }

    /** Indexes the records the store holds among these ids and withdraws the others, noting {@code revision}. */
    private void reindex(Collection<String> ids, String revision) {
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
        index.update(entries, withdrawn, revision);
    }
}
