package fr.hautsdeseine.catalog.bench;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.publish.GeneratedRecords;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times the first and the last catalog page over real HTTP at N generated datasets (default 10,000),
 * in each syntax, and prints the medians. Not a test: run it by hand (see docs/publication.md).
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) fr.hautsdeseine.catalog.bench.CatalogPagingBench [N] [runs]</pre>
 */
public final class CatalogPagingBench {
    private CatalogPagingBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Path dir = Files.createTempDirectory("catalog-bench");
        try {
            try (TestCatalog catalog = TestCatalog.start(dir)) {
                CatalogStore store = catalog.server().store();
                long started = System.nanoTime();
                for (int from = 0; from < count; from += 1000) {
                    store.putAll(GeneratedRecords.records(store.iris(), "gen", from, Math.min(1000, count - from)), "bench");
                }
                System.out.printf("loaded %d records in %d ms%n", count, (System.nanoTime() - started) / 1_000_000);
                int lastPage = (count + 99) / 100;
                for (String extension : List.of("ttl", "nt", "rdf", "jsonld")) {
                    String first = "/catalog." + extension;
                    String last = "/catalog." + extension + "?page=" + lastPage;
                    String lastByCursor = "/catalog." + extension + "?after=" + "gen-%05d".formatted((lastPage - 1) * 100 - 1);
                    System.out.printf("%-7s page 1: %6.1f ms   last page (page=%d): %6.1f ms   last page (after=): %6.1f ms%n",
                            extension, median(catalog, first, runs), lastPage, median(catalog, last, runs),
                            median(catalog, lastByCursor, runs));
                }
            }
        } finally {
            Files2.delete(dir);   // gigabytes at 10,000 datasets: never left behind in the temporary directory
        }
    }

    /** The median time of {@code runs} GETs, after three warm-up requests. */
    private static double median(TestCatalog catalog, String path, int runs) {
        for (int i = 0; i < 3; i++) {
            check(catalog.get(path), path);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            check(catalog.get(path), path);
            times.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static void check(HttpResponse<String> response, String path) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }
}
