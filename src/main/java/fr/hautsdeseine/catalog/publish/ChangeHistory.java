package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.index.RecordFactsReader;
import fr.hautsdeseine.catalog.index.RecordSummary;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeEntry;
import fr.hautsdeseine.catalog.store.ChangeKind;
import fr.hautsdeseine.catalog.store.ChangesPrunedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change log read as a history of activities on datasets (created, updated, deleted), for the
 * doors that publish changes: the DCAT-AP Feed and OAI-PMH's deleted records. It reads the log only,
 * through its read API: once from its first kept entry, then after each write; a record's state after
 * a change is read back from that change's entry. It keeps in memory one small line per entry, the
 * latest change of each record, and what the filters knew of each record when it last changed.
 */
public final class ChangeHistory {
    private static final Logger log = LoggerFactory.getLogger(ChangeHistory.class);
    private static final int BATCH = 500;
    private static final int NEARBY = 16;

    /** What a change did to its dataset. */
    public enum Activity { CREATE, UPDATE, DELETE }

    /**
     * One change to one record.
     *
     * @param object the dataset's IRI (for a deletion, the one it had)
     */
    public record Change(long sequence, Instant time, String recordId, Activity activity, Node object) {
    }

    private final CatalogStore store;
    private final RecordView view;
    private final RecordFactsReader summaries;
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Change> latest = new TreeMap<>();
    private final Map<String, RecordSummary> lastSeen = new HashMap<>();
    private long applied;
    private boolean complete = true;

    private ChangeHistory(CatalogStore store, RecordView view) {
        this.store = store;
        this.view = view;
        this.summaries = new RecordFactsReader(store.iris());
    }

    /** A history read from the log now, and kept up to date after each write. */
    static ChangeHistory follow(CatalogStore store, RecordView view) {
        ChangeHistory history = new ChangeHistory(store, view);
        store.onChange(ids -> history.catchUp());
        history.catchUp();
        return history;
    }

    private synchronized void catchUp() {
        while (true) {
            List<ChangeEntry> entries;
            try {
                entries = store.changes().readFrom(applied + 1, BATCH);
            } catch (ChangesPrunedException e) {
                log.warn("[history] {}; the history starts at entry {}", e.getMessage(), e.firstKept());
                complete = false;
                applied = e.firstKept() - 1;
                continue;
            }
            if (entries.isEmpty()) {
                return;
            }
            entries.forEach(this::apply);
            applied = entries.get(entries.size() - 1).sequence();
        }
    }

    private void apply(ChangeEntry entry) {
        String id = entry.recordId();
        Change previous = latest.get(id);
        boolean existed = previous != null && previous.activity() != Activity.DELETE;
        Change change;
        if (entry.kind() == ChangeKind.WITHDRAW) {
            Node object = previous != null ? previous.object() : store.iris().dataset(id);
            change = new Change(entry.sequence(), entry.time(), id, Activity.DELETE, object);
        } else {
            Graph state = entry.addedTo(store.iris().recordGraph(id));
            Optional<Node> dataset = view.datasetOf(id, state);
            if (dataset.isEmpty()) {
                return;   // only the record's warnings changed
            }
            summaries.summary(id, state).ifPresent(summary -> lastSeen.put(id, summary));
            change = new Change(entry.sequence(), entry.time(), id, existed ? Activity.UPDATE : Activity.CREATE, dataset.get());
        }
        changes.add(change);
        latest.put(id, change);
    }

    /** False once retention pruned entries this history never read: it then starts after them. */
    public synchronized boolean isComplete() {
        return complete;
    }

    /** The sequence of the last entry read. */
    public synchronized long lastSequence() {
        return applied;
    }

    /** The changes whose sequence is from {@code first} to {@code last}, in order. */
    public synchronized List<Change> between(long first, long last) {
        List<Change> found = new ArrayList<>();
        int at = position(first);
        for (int i = at; i < changes.size() && changes.get(i).sequence() <= last; i++) {
            found.add(changes.get(i));
        }
        return found;
    }

    /** The first change from {@code sequence} on, if any. */
    public synchronized Optional<Change> firstFrom(long sequence) {
        int at = position(sequence);
        return at < changes.size() ? Optional.of(changes.get(at)) : Optional.empty();
    }

    /** Each record's latest change, by record id (withdrawn records included, as deletions). */
    public synchronized List<Change> latest() {
        return List.copyOf(latest.values());
    }

    /** The records withdrawn and not put back, with what the filters knew of each when it last existed. */
    public synchronized Map<String, Withdrawal> withdrawals() {
        Map<String, Withdrawal> found = new TreeMap<>();
        latest.forEach((id, change) -> {
            if (change.activity() == Activity.DELETE) {
                found.put(id, new Withdrawal(change, Optional.ofNullable(lastSeen.get(id))));
            }
        });
        return found;
    }

    /** A withdrawn record: its deletion, and what it was. */
    public record Withdrawal(Change change, Optional<RecordSummary> before) {
    }

    /**
     * Each record as served right after its change (a deletion has none), by sequence, read back from the
     * log entries: changes whose sequences are close are read in one go.
     */
    public Map<Long, Graph> statesAfter(List<Change> wanted) {
        Map<Long, Graph> states = new HashMap<>();
        List<Change> puts = wanted.stream().filter(change -> change.activity() != Activity.DELETE)
                .sorted(Comparator.comparingLong(Change::sequence)).toList();
        int at = 0;
        while (at < puts.size()) {
            long first = puts.get(at).sequence();
            int end = at;
            // A run of nearby sequences is one read; a gap wider than a few entries starts another.
            while (end + 1 < puts.size() && puts.get(end + 1).sequence() - puts.get(end).sequence() <= NEARBY
                    && puts.get(end + 1).sequence() - first < BATCH) {
                end++;
            }
            Map<Long, Change> byNumber = new HashMap<>();
            puts.subList(at, end + 1).forEach(change -> byNumber.put(change.sequence(), change));
            for (ChangeEntry entry : store.changes().readFrom(first, (int) (puts.get(end).sequence() - first + 1))) {
                Change change = byNumber.get(entry.sequence());
                if (change != null) {
                    Graph state = entry.addedTo(store.iris().recordGraph(change.recordId()));
                    states.put(change.sequence(), view.present(change.recordId(), state));
                }
            }
            at = end + 1;
        }
        return states;
    }

    private int position(long sequence) {
        int low = 0;
        int high = changes.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (changes.get(middle).sequence() < sequence) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
