package fr.hautsdeseine.catalog.bench;

import fr.hautsdeseine.catalog.backoffice.RecordHistory;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import fr.hautsdeseine.catalog.store.ChangeEntry;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * One record's history in a change log of N entries (default 10,000) about other records: the back office's
 * way (only that record's entries, {@code ChangeLog.readRecord}) beside reading the whole log and keeping
 * that record's entries, as the history page did before. Not a test: run it by hand (see docs/benchmarks.md).
 */
public final class HistoryTimings {
    private static final CatalogIris IRIS = new CatalogIris("http://localhost:8080");
    private static final int VERSIONS = 10;
    private static final int RUNS = 5;

    private HistoryTimings() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("history-timings");
        try {
            try (CatalogStore store = CatalogStore.open(dir, IRIS)) {
                for (int from = 0; from < size; from += 1000) {
                    List<DatasetRecord> batch = new ArrayList<>();
                    for (int i = from; i < Math.min(size, from + 1000); i++) {
                        batch.add(record("r" + i, "v1"));
                    }
                    store.putAll(batch, "bench");
                }
                for (int v = 2; v <= VERSIONS + 1; v++) {
                    store.putAll(List.of(record("r0", "v" + v)), "bench");
                }
                RecordHistory history = new RecordHistory(store);
                double[] indexed = new double[RUNS];
                double[] scanned = new double[RUNS];
                int found = 0;
                int scannedFound = 0;
                for (int run = 0; run < RUNS; run++) {
                    long started = System.nanoTime();
                    found = history.versions("r0").size();
                    indexed[run] = millis(started);
                    started = System.nanoTime();
                    scannedFound = wholeLogScan(store, "r0").size();
                    scanned[run] = millis(started);
                }
                System.out.printf("history of one record (%d versions) in a log of %d entries: %.1f ms by its own entries,"
                        + " %.1f ms reading the whole log (%d entries kept); medians of %d%n", found,
                        store.changes().lastSequence(), median(indexed), median(scanned), scannedFound, RUNS);
            }
        } finally {
            Files2.delete(dir);   // gigabytes at 10,000 datasets: never left behind in the temporary directory
        }
    }

    /** The former way: every entry of the log, a thousand at a time, keeping those about the record. */
    private static List<ChangeEntry> wholeLogScan(CatalogStore store, String id) {
        List<ChangeEntry> kept = new ArrayList<>();
        long next = store.changes().firstSequence();
        for (List<ChangeEntry> batch = store.changes().readFrom(next, 1000); !batch.isEmpty();
                batch = store.changes().readFrom(next, 1000)) {
            batch.stream().filter(entry -> entry.recordId().equals(id)).forEach(kept::add);
            next = batch.get(batch.size() - 1).sequence() + 1;
        }
        return kept;
    }

    private static DatasetRecord record(String id, String title) {
        Node dataset = IRIS.dataset(id);
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "fr"));
        graph.add(dataset, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(id));
        return new DatasetRecord(id, dataset, graph);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double millis(long started) {
        return (System.nanoTime() - started) / 1e6;
    }
}
