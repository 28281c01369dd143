package fr.hautsdeseine.catalog.store;

import java.io.IOException;
import java.nio.file.Path;

/** Another process for {@link StoreLockTest}: opens the store, says so, and holds it until its input closes. */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws IOException {
        try (CatalogStore store = CatalogStore.open(Path.of(args[0]), new CatalogIris("http://localhost:8080"))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the test to let go
            }
        }
    }
}
