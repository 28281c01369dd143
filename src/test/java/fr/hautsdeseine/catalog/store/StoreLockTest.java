package fr.hautsdeseine.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** StoreLock reads TDB2's lock: held by this process, by another one, or by none. */
class StoreLockTest {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080");

    @TempDir
    Path dir;

    @Test
    void a_directory_never_opened_as_a_store_is_not_held() {
        assertThat(StoreLock.isHeld(dir.resolve("data"))).isFalse();
        assertThat(StoreLock.isHeld(dir)).isFalse();
    }

    @Test
    void a_store_open_in_this_process_is_held_and_free_again_once_closed() {
        Path data = dir.resolve("data");
        try (CatalogStore store = CatalogStore.open(data, IRIS)) {
            assertThat(StoreLock.isHeld(data)).isTrue();
            assertThat(StoreLock.isHeld(data)).isTrue();
            assertThat(store.recordIds()).isEmpty();
        }

        assertThat(StoreLock.isHeld(data)).isFalse();
        assertThat(StoreLock.isHeld(data)).isFalse();
        try (CatalogStore again = CatalogStore.open(data, IRIS)) {
            assertThat(StoreLock.isHeld(data)).isTrue();
        }
    }

    @Test
    void a_store_open_in_another_process_is_held_until_that_process_ends() throws Exception {
        Path data = dir.resolve("data");
        CatalogStore.open(data, IRIS).close();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("open");

            assertThat(StoreLock.isHeld(data)).isTrue();
            assertThat(StoreLock.isHeld(data)).isTrue();
            assertThatThrownBy(() -> CatalogStore.open(data, IRIS)).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageStartingWith("Cannot open the TDB2 store in " + data);
        } finally {
            other.getOutputStream().close();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(StoreLock.isHeld(data)).isFalse();
        try (CatalogStore mine = CatalogStore.open(data, IRIS)) {
            assertThat(mine.recordIds()).isEmpty();
        }
    }
}
