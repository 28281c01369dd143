package fr.hautsdeseine.catalog.publish;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record index saved beside a real TDB2 store and read back at the next start. */
class RecordIndexTest {
    private static final CatalogIris IRIS = new CatalogIris("http://catalog.test");

    @TempDir
    Path dir;

    private CatalogStore store;

    private Path file() {
        return dir.resolve("record-index.bin");
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private void restartStore() {
        store.close();
        store = CatalogStore.open(dir, IRIS);
    }

    private static List<String> ids(RecordIndex index) {
        return index.snapshot().stream().map(RecordSummary::id).toList();
    }

    @Test
    void an_index_saved_at_the_last_log_entry_is_read_back_without_reading_the_records() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(GeneratedRecords.records(IRIS, "jeu", 0, 3), "api");
        RecordIndex.open(store, file()).save();
        restartStore();
        // Removed behind the store's back, so the log has no entry for it: only an index read from the file still lists it.
        Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().removeGraph(IRIS.recordGraph("jeu-00001")));

        RecordIndex index = RecordIndex.open(store, file());

        assertThat(ids(index)).containsExactly("jeu-00000", "jeu-00001", "jeu-00002");
    }

    @Test
    void writes_made_while_no_index_ran_are_caught_up_at_the_next_start() {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(GeneratedRecords.records(IRIS, "jeu", 0, 3), "api");
        RecordIndex.open(store, file()).save();
        restartStore();
        store.withdraw("jeu-00000");
        store.putAll(GeneratedRecords.records(IRIS, "neuf", 0, 1), "cli");

        RecordIndex index = RecordIndex.open(store, file());

        assertThat(ids(index)).containsExactly("jeu-00001", "jeu-00002", "neuf-00000");
    }

    @Test
    void the_index_follows_writes_and_saves_them() {
        store = CatalogStore.open(dir, IRIS);
        RecordIndex running = RecordIndex.open(store, file());
        store.putAll(GeneratedRecords.records(IRIS, "jeu", 0, 2), "api");
        store.withdraw("jeu-00000");
        running.save();
        restartStore();
        Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().removeGraph(IRIS.recordGraph("jeu-00001")));

        assertThat(ids(RecordIndex.open(store, file()))).containsExactly("jeu-00001");
    }

    @Test
    void a_damaged_file_is_ignored_and_the_index_built_from_the_store() throws IOException {
        store = CatalogStore.open(dir, IRIS);
        store.putAll(GeneratedRecords.records(IRIS, "jeu", 0, 3), "api");
        RecordIndex.open(store, file()).save();
        byte[] saved = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(saved, saved.length / 2));
        restartStore();

        assertThat(ids(RecordIndex.open(store, file()))).containsExactly("jeu-00000", "jeu-00001", "jeu-00002");
        assertThat(Files.size(file())).isEqualTo(saved.length);
    }
}
