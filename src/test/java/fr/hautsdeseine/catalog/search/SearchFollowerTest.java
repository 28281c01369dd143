package fr.hautsdeseine.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.publish.GeneratedRecords;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeFollower;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index follows the change log: at start it applies only the entries it missed. */
class SearchFollowerTest {
    private static final CatalogIris IRIS = new CatalogIris("http://catalog.test");

    @TempDir
    Path dir;

    @Test
    void after_a_restart_the_index_applies_only_the_entries_it_missed() {
        try (CatalogStore store = CatalogStore.open(dir.resolve("store"), IRIS);
             CatalogIndex index = CatalogIndex.open(dir.resolve("index"))) {
            assertThat(new ChangeFollower(store, new SearchFollower(index, IRIS)).start())
                    .isEqualTo(new ChangeFollower.CatchUp(0, true));
            store.putAll(GeneratedRecords.records(IRIS, "jeu", 0, 3), "api");
            assertThat(all(index)).containsExactly("jeu-00000", "jeu-00001", "jeu-00002");
        }
        // Writes while no index follows: the command line's import, say.
        try (CatalogStore store = CatalogStore.open(dir.resolve("store"), IRIS)) {
            store.withdraw("jeu-00000", "cli:test");
            store.putAll(GeneratedRecords.records(IRIS, "neuf", 0, 2), "cli");
        }

        try (CatalogStore store = CatalogStore.open(dir.resolve("store"), IRIS);
             CatalogIndex index = CatalogIndex.open(dir.resolve("index"))) {
            assertThat(index.appliedSequence()).hasValue(3);

            ChangeFollower.CatchUp start = new ChangeFollower(store, new SearchFollower(index, IRIS)).start();

            assertThat(start).isEqualTo(new ChangeFollower.CatchUp(3, false));
            assertThat(all(index)).containsExactly("jeu-00001", "jeu-00002", "neuf-00000", "neuf-00001");
            assertThat(index.appliedSequence()).hasValue(6);
        }
    }

    @Test
    void an_index_whose_next_entries_were_pruned_is_rebuilt_from_the_records() {
        try (CatalogStore store = CatalogStore.open(dir.resolve("store"), IRIS);
             CatalogIndex index = CatalogIndex.open(dir.resolve("index"))) {
            new ChangeFollower(store, new SearchFollower(index, IRIS)).start();
            store.putAll(GeneratedRecords.records(IRIS, "jeu", 0, 2), "api");
        }
        try (CatalogStore store = CatalogStore.open(dir.resolve("store"), IRIS)) {
            store.putAll(GeneratedRecords.records(IRIS, "neuf", 0, 3), "cli");
            store.withdraw("jeu-00001", "cli:test");
            store.changes().prune(1);
        }

        try (CatalogStore store = CatalogStore.open(dir.resolve("store"), IRIS);
             CatalogIndex index = CatalogIndex.open(dir.resolve("index"))) {
            ChangeFollower.CatchUp start = new ChangeFollower(store, new SearchFollower(index, IRIS)).start();

            assertThat(start.rebuilt()).isTrue();
            assertThat(all(index)).containsExactly("jeu-00000", "neuf-00000", "neuf-00001", "neuf-00002");
            assertThat(index.appliedSequence()).hasValue(6);
        }
    }

    private static List<String> all(CatalogIndex index) {
        return index.search(new SearchQuery("", Map.of(), SearchQuery.Order.TITLE, 1, 100, "fr")).hits().stream()
                .map(SearchResults.Hit::id).sorted().toList();
    }
}
