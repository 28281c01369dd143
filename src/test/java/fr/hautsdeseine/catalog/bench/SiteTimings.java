package fr.hautsdeseine.catalog.bench;

import fr.hautsdeseine.catalog.TestCatalog;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times the site over real HTTP on a catalog of N generated datasets (default 10,000): the median of a
 * search with text and two facets, and of a dataset page. Not a test: run it by hand (see README).
 */
public final class SiteTimings {
    private static final int BATCH = 1000;
    private static final int WARM_UP = 50;
    private static final int RUNS = 200;

    private SiteTimings() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("site-timings");
        try {
            try (TestCatalog catalog = TestCatalog.start(dir)) {
                long loadStart = System.nanoTime();
                SiteRecordGenerator generator = new SiteRecordGenerator();
                for (int first = 0; first < size; first += BATCH) {
                    HttpResponse<String> response = catalog.write("POST", "/api/datasets", "text/turtle",
                            generator.turtle(first, Math.min(BATCH, size - first)));
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("Loading failed: " + response.statusCode() + " " + response.body());
                    }
                }
                System.out.printf("loaded and indexed %d datasets in %d s%n", size, (System.nanoTime() - loadStart) / 1_000_000_000);
                String search = "/datasets?q=" + URLEncoder.encode("collège", StandardCharsets.UTF_8)
                        + "&theme=" + URLEncoder.encode("http://publications.europa.eu/resource/authority/data-theme/EDUC", StandardCharsets.UTF_8)
                        + "&format=" + URLEncoder.encode("http://publications.europa.eu/resource/authority/file-type/CSV", StandardCharsets.UTF_8);
                report("search, text + two facets", () -> catalog.get(search));
                report("search, two facets, no text", () -> catalog.get(search.replace("q=coll%C3%A8ge&", "")));
                report("dataset page", () -> catalog.get("/datasets/generated-" + (size / 2)));
                report("home page", () -> catalog.get("/"));
            }
        } finally {
            Files2.delete(dir);   // gigabytes at 10,000 datasets: never left behind in the temporary directory
        }
    }

    private static void report(String what, Supplier<HttpResponse<String>> request) {
        for (int i = 0; i < WARM_UP; i++) {
            check(request.get());
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            check(request.get());
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        System.out.printf("%-30s median %6.2f ms   p90 %6.2f ms   (%d runs)%n", what, micros.get(RUNS / 2) / 1000.0,
                micros.get(RUNS * 9 / 10) / 1000.0, RUNS);
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Answered " + response.statusCode());
        }
    }
}
