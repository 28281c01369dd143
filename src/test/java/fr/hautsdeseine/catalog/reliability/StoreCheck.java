package fr.hautsdeseine.catalog.reliability;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * Opens a store no process holds (its server or command was just killed) and checks it against what the
 * clients were told: every acknowledged write is there, every record is whole, and the change log numbers its
 * entries without a gap.
 */
final class StoreCheck {
    private static final int BATCH = 1_000;

    /** The stored state of every record (its version), and what is wrong. */
    record Outcome(Map<String, String> stored, List<String> problems) {
    }

    private StoreCheck() {
    }

    static Outcome check(Path dataDir, Ledger ledger) {
        List<String> problems = new ArrayList<>();
        Map<String, String> stored = new HashMap<>();
        try (CatalogStore store = CatalogStore.open(dataDir, new CatalogIris(ServerUnderTest.BASE_URL))) {
            for (String id : store.recordIds()) {
                Optional<Graph> record = store.record(id);
                Optional<String> version = record.flatMap(VersionedRecords::version);
                if (version.isEmpty()) {
                    problems.add("record " + id + " is not whole (its dataset and distribution titles disagree or one is missing)");
                } else {
                    stored.put(id, version.get());
                }
            }
            for (String id : ledger.ids()) {
                String state = stored.getOrDefault(id, VersionedRecords.WITHDRAWN);
                if (!ledger.allowed(id).contains(state)) {
                    problems.add("record " + id + " is " + state + ", expected one of " + ledger.allowed(id));
                }
            }
            problems.addAll(gaps(store));
        }
        return new Outcome(stored, problems);
    }

    /** Every entry from the first kept to the last, each with the next number. */
    private static List<String> gaps(CatalogStore store) {
        long expected = store.changes().firstSequence();
        long last = store.changes().lastSequence();
        while (expected <= last) {
            List<ChangeEntry> entries = store.changes().readFrom(expected, BATCH);
            if (entries.isEmpty()) {
                return List.of("the change log ends at " + (expected - 1) + " but says its last entry is " + last);
            }
            for (ChangeEntry entry : entries) {
                if (entry.sequence() != expected) {
                    return List.of("the change log jumps from " + (expected - 1) + " to " + entry.sequence());
                }
                expected++;
            }
        }
        return List.of();
    }
}
