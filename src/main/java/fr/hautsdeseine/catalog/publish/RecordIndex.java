package fr.hautsdeseine.catalog.publish;

import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeEntry;
import fr.hautsdeseine.catalog.store.ChangeFollower;
import fr.hautsdeseine.catalog.store.ChangeKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every record's {@link RecordSummary}, sorted by record id, following the change log. Readers take an
 * immutable snapshot, so that finding any page, first or last, costs a binary search and never a scan of
 * the pages before it. Saved to a file beside the store with the last log entry it applied, it is read
 * back at the next start, which then applies only the entries written since.
 */
public final class RecordIndex implements ChangeFollower.View {
    private static final Logger log = LoggerFactory.getLogger(RecordIndex.class);

    private final CatalogStore store;
    private final RecordSummaries summaries;
    private final Optional<RecordIndexFile> file;
    private volatile List<RecordSummary> sorted = List.of();
    /** The last change log entry applied; empty until the index is built or read back. */
    private volatile OptionalLong sequence = OptionalLong.empty();

    private RecordIndex(CatalogStore store, Optional<RecordIndexFile> file) {
        this.store = store;
        this.summaries = new RecordSummaries(store.iris());
        this.file = file;
    }

    /** Reads every record once and follows the change log from then on; nothing is saved. */
    public static RecordIndex build(CatalogStore store) {
        RecordIndex index = new RecordIndex(store, Optional.empty());
        new ChangeFollower(store, index).start();
        return index;
    }

    /**
     * Starts from the index saved in {@code path} and applies the change log entries written since (or reads
     * every record when there is no usable file), follows the log, and saves itself there on {@link #save()}.
     */
    public static RecordIndex open(CatalogStore store, Path path) {
        long started = System.nanoTime();
        RecordIndex index = new RecordIndex(store, Optional.of(new RecordIndexFile(path)));
        index.file.flatMap(RecordIndexFile::read).filter(s -> s.baseUrl().equals(store.iris().base())).ifPresent(saved -> {
            index.sorted = saved.summaries();
            index.sequence = OptionalLong.of(saved.sequence());
        });
        ChangeFollower.CatchUp start = new ChangeFollower(store, index).start();
        log.info("[publish] index of {} records ready in {} ms ({})", index.sorted.size(),
                (System.nanoTime() - started) / 1_000_000,
                start.rebuilt() ? "built from the store" : start.applied() + " change log entries applied");
        if (start.rebuilt() || start.applied() > 0) {
            index.save();
        }
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

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public OptionalLong appliedSequence() {
        return sequence;
    }

    /** Each entry carries its record's new graph: the store is not read again. */
    @Override
    public synchronized void apply(List<ChangeEntry> entries) {
        TreeMap<String, RecordSummary> next = new TreeMap<>();
        for (RecordSummary summary : sorted) {
            next.put(summary.id(), summary);
        }
        for (ChangeEntry entry : entries) {
            String id = entry.recordId();
            if (entry.kind() == ChangeKind.WITHDRAW) {
                next.remove(id);
                continue;
            }
            Graph record = entry.addedTo(store.iris().recordGraph(id));
            if (!record.isEmpty()) {   // empty: only the record's warnings changed
                summaries.summarise(id, record).ifPresentOrElse(s -> next.put(id, s), () -> next.remove(id));
            }
        }
        sorted = List.copyOf(next.values());
        sequence = OptionalLong.of(entries.get(entries.size() - 1).sequence());
    }

    @Override
    public synchronized void rebuild(CatalogStore from) {
        List<RecordSummary> all = new ArrayList<>();
        long last = from.eachRecord((id, record) -> summaries.summarise(id, record).ifPresent(all::add));
        sorted = List.copyOf(all);
        sequence = OptionalLong.of(last);
    }

    /** Saves the index to its file, if it has one; a failure is only logged, as the next start rebuilds it. */
    public synchronized void save() {
        if (file.isEmpty() || sequence.isEmpty()) {
            return;
        }
        try {
            file.get().write(new RecordIndexFile.Saved(store.iris().base(), sequence.getAsLong(), sorted));
        } catch (IOException | RuntimeException e) {
            log.warn("[publish] cannot save the record index: {}", e.getMessage());
        }
    }
}
