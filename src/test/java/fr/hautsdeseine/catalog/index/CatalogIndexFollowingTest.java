package fr.hautsdeseine.catalog.index;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.publish.GeneratedRecords;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeFollower;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index follows the change log over a real TDB2 store: at start it applies only the entries it missed. */
class CatalogIndexFollowingTest {
    private static final CatalogIris IRIS = new CatalogIris("http://catalog.test");

    @TempDir
    Path dir;

    private CatalogStore openStore() {
        return CatalogStore.open(dir.resolve("store"), IRIS);
    }

    private CatalogIndex openIndex(CatalogStore store) {
        return CatalogIndex.open(store, dir.resolve("index"));
    }

    @Test
    void after_a_restart_the_index_applies_only_the_entries_it_missed() {
        try (CatalogStore store = openStore(); CatalogIndex index = openIndex(store)) {
            assertThat(index.startCatchUp()).isEqualTo(new ChangeFollower.CatchUp(0, true));
            store.putAll(GeneratedRecords.records(IRIS, "jeu", 0, 3), "api");
            assertThat(searched(index)).containsExactly("jeu-00000", "jeu-00001", "jeu-00002");
            assertThat(paged(index)).containsExactly("jeu-00000", "jeu-00001", "jeu-00002");
        }
        // Writes while no index follows: the command line's import, say.
        try (CatalogStore store = openStore()) {
            store.withdraw("jeu-00000", "cli:test");
            store.putAll(GeneratedRecords.records(IRIS, "neuf", 0, 2), "cli");
        }

        try (CatalogStore store = openStore(); CatalogIndex index = openIndex(store)) {
            assertThat(index.startCatchUp()).isEqualTo(new ChangeFollower.CatchUp(3, false));
            assertThat(searched(index)).containsExactly("jeu-00001", "jeu-00002", "neuf-00000", "neuf-00001");
            assertThat(paged(index)).containsExactly("jeu-00001", "jeu-00002", "neuf-00000", "neuf-00001");
            assertThat(index.appliedSequence()).hasValue(6);
        }
    }

    @Test
    void an_index_whose_next_entries_were_pruned_is_rebuilt_from_the_records() {
        try (CatalogStore store = openStore(); CatalogIndex index = openIndex(store)) {
            store.putAll(GeneratedRecords.records(IRIS, "jeu", 0, 2), "api");
        }
        try (CatalogStore store = openStore()) {
            store.putAll(GeneratedRecords.records(IRIS, "neuf", 0, 3), "cli");
            store.withdraw("jeu-00001", "cli:test");
            store.changes().prune(1);
        }

        try (CatalogStore store = openStore(); CatalogIndex index = openIndex(store)) {
            assertThat(index.startCatchUp().rebuilt()).isTrue();
            assertThat(searched(index)).containsExactly("jeu-00000", "neuf-00000", "neuf-00001", "neuf-00002");
            assertThat(paged(index)).containsExactly("jeu-00000", "neuf-00000", "neuf-00001", "neuf-00002");
            assertThat(index.appliedSequence()).hasValue(6);
        }
    }

    @Test
    void the_catalog_summaries_are_read_back_from_the_index_without_reading_the_records() {
        List<RecordSummary> before;
        try (CatalogStore store = openStore(); CatalogIndex index = openIndex(store)) {
            store.putAll(GeneratedRecords.records(IRIS, "jeu", 0, 3), "api");
            before = index.snapshot();
        }
        // Removed behind the store's back, so the log has no entry for it: only an index read back still lists it.
        try (CatalogStore store = openStore()) {
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().removeGraph(IRIS.recordGraph("jeu-00001")));
        }

        try (CatalogStore store = openStore(); CatalogIndex index = openIndex(store)) {
            assertThat(index.startCatchUp()).isEqualTo(new ChangeFollower.CatchUp(0, false));
            assertThat(index.snapshot()).hasSize(3).isEqualTo(before);
            assertThat(index.find("jeu-00001")).isEqualTo(before.stream().filter(s -> s.id().equals("jeu-00001")).findFirst());
        }
    }

    @Test
    void an_index_written_for_another_base_url_is_rebuilt() {
        try (CatalogStore store = openStore(); CatalogIndex index = openIndex(store)) {
            store.putAll(GeneratedRecords.records(IRIS, "jeu", 0, 2), "api");
        }
        CatalogIris other = new CatalogIris("http://other.test");
        try (CatalogStore store = CatalogStore.open(dir.resolve("other-store"), other);
             CatalogIndex index = CatalogIndex.open(store, dir.resolve("index"))) {
            assertThat(index.startCatchUp().rebuilt()).isTrue();
            assertThat(index.snapshot()).isEmpty();
        }
    }

    private static List<String> searched(CatalogIndex index) {
        return index.search(new SearchQuery("", Map.of(), SearchQuery.Order.TITLE, 1, 100, "fr")).hits().stream()
                .map(SearchResults.Hit::id).sorted().toList();
    }

    private static List<String> paged(CatalogIndex index) {
        return index.snapshot().stream().map(RecordSummary::id).toList();
    }
}
