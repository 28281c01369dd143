package fr.hautsdeseine.catalog.search;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeEntry;
import fr.hautsdeseine.catalog.store.ChangeFollower;
import fr.hautsdeseine.catalog.store.ChangeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.graph.Graph;

/**
 * The search index as a follower of the change log: each entry carries its record's new graph, so the
 * index is updated from the entries alone, without reading the store again.
 */
public final class SearchFollower implements ChangeFollower.View {
    private final SearchIndex index;
    private final CatalogIris iris;
    private final RecordDigest digest;

    public SearchFollower(SearchIndex index, CatalogIris iris) {
        this.index = index;
        this.iris = iris;
        this.digest = new RecordDigest(iris);
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public OptionalLong appliedSequence() {
        return index.appliedSequence();
    }

    @Override
    public void apply(List<ChangeEntry> entries) {
        // The last entry of a record wins: empty means withdrawn.
        Map<String, Optional<IndexedDataset>> latest = new LinkedHashMap<>();
        for (ChangeEntry entry : entries) {
            if (entry.kind() == ChangeKind.WITHDRAW) {
                latest.put(entry.recordId(), Optional.empty());
            } else {
                Graph record = entry.addedTo(iris.recordGraph(entry.recordId()));
                if (!record.isEmpty()) {   // empty: only the record's warnings changed
                    latest.put(entry.recordId(), Optional.of(digest.digest(entry.recordId(), record)));
                }
            }
        }
        List<IndexedDataset> indexed = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        latest.forEach((id, dataset) -> dataset.ifPresentOrElse(indexed::add, () -> withdrawn.add(id)));
        index.update(indexed, withdrawn, entries.get(entries.size() - 1).sequence());
    }

    @Override
    public void rebuild(CatalogStore store) {
        List<IndexedDataset> all = new ArrayList<>();
        long sequence = store.eachRecord((id, record) -> all.add(digest.digest(id, record)));
        index.replaceAll(all, sequence);
    }
}
