package fr.hautsdeseine.catalog.bench;

import fr.hautsdeseine.catalog.generate.CatalogGenerator;
import fr.hautsdeseine.catalog.ingest.RdfReader;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.ingest.RecordSplitter;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.validation.Profile;
import fr.hautsdeseine.catalog.validation.RecordValidator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validation alone, in this JVM (no start-up, no store): the shipped {@link RecordValidator} on the
 * generated records one at a time, the median per record after a warm-up; and the whole demo catalog
 * of the Hauts-de-Seine as the server validates a document (its records on every core). The cost of
 * a record does not depend on the size of the catalog, so larger catalogs are sampled.
 */
final class ValidationSpeed implements Measurement {
    private static final String DEMO = "/demo/hds-catalog.ttl";
    private static final int WARM_UP_RECORDS = 300;
    private static final int TIMED_RECORDS = 1_000;
    /** Larger catalogs are not parsed whole in this JVM: their first records, made by the same generator, are sampled. */
    private static final int LARGEST_PARSED = 10_000;

    private final RecordValidator validator = RecordValidator.standard();

    @Override
    public String title() {
        return "validation";
    }

    @Override
    public List<Figure> measure(Workbench bench) throws Exception {
        CatalogIris iris = new CatalogIris(bench.baseUrl());
        Path file = bench.catalogFile;
        if (bench.datasets > LARGEST_PARSED) {
            file = bench.paths.work().resolve("validation-sample.ttl");
            new CatalogGenerator(BenchMain.SEED, bench.baseUrl()).write(LARGEST_PARSED, file);
        }
        List<DatasetRecord> records = new RecordSplitter(iris).split(
                new RdfReader().read(Files.readAllBytes(file), RdfSyntax.TURTLE, iris.documentBase()));
        for (int i = 0; i < WARM_UP_RECORDS; i++) {
            validator.validate(records.get(i % records.size()), Profile.PORTAL);
        }
        int timed = Math.min(TIMED_RECORDS, records.size());
        int stride = Math.max(1, records.size() / timed);
        List<Double> millis = new ArrayList<>();
        int violations = 0;
        for (int i = 0; i < timed; i++) {
            long started = System.nanoTime();
            boolean conforms = validator.validate(records.get(i * stride), Profile.PORTAL).conforms();
            millis.add((System.nanoTime() - started) / 1e6);
            violations += conforms ? 0 : 1;
        }
        int n = bench.datasets;
        List<Figure> figures = new ArrayList<>(List.of(Figure.of(n, "validation alone: ms per record (median)",
                Stats.round(Stats.median(millis), 2), "ms").withNote(String.format(Locale.ROOT,
                "RecordValidator in-process, one core, %d records after %d warm-up; %d with violations%s",
                timed, WARM_UP_RECORDS, violations, file.equals(bench.catalogFile) ? ""
                        : "; sampled from the first " + LARGEST_PARSED + " datasets of the same generator"))));
        if (n <= BenchMain.SMALLEST) {
            figures.add(demoCatalog(n, iris));
        }
        return figures;
    }

    /** The demo catalog validated as one document, the median of the runs after a warm-up. */
    private Figure demoCatalog(int n, CatalogIris iris) throws Exception {
        byte[] document;
        try (InputStream in = ValidationSpeed.class.getResourceAsStream(DEMO)) {
            document = in.readAllBytes();
        }
        List<DatasetRecord> records = new RecordSplitter(iris).split(new RdfReader().read(document, RdfSyntax.TURTLE,
                iris.documentBase()));
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < 8; run++) {
            long started = System.nanoTime();
            validator.validateAll(records, Profile.PORTAL);
            if (run >= 3) {
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        return Figure.of(n, "validation alone: demo catalog (src/main/resources" + DEMO + ")",
                Stats.round(Stats.median(millis), 1), "ms").withNote(String.format(Locale.ROOT,
                "%d records validated as one document (all cores), median of 5 after 3 warm-up", records.size()));
    }
}
