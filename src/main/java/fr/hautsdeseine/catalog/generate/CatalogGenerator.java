package fr.hautsdeseine.catalog.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a synthetic DCAT-AP 3 catalog shaped like the demo catalog, for benchmarks and load tests.
 * The same count, seed and base always give the same bytes; datasets are written one at a time, so
 * the size of the catalog does not change the memory it needs.
 */
public final class CatalogGenerator {
    private final long seed;
    private final String base;

    /** @param base the absolute base of every minted IRI (datasets, distributions, publishers) */
    public CatalogGenerator(long seed, String base) {
        this.seed = seed;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Writes {@code datasets} datasets to {@code file}: N-Triples when its name ends in .nt, else Turtle. */
    public void write(int datasets, Path file) throws IOException {
        if (datasets < 0) {
            throw new IllegalArgumentException("The number of datasets must be 0 or more, got " + datasets);
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            DescriptionWriter writer = file.getFileName().toString().endsWith(".nt")
                    ? new NTriplesDescriptionWriter(out)
                    : new TurtleDescriptionWriter(out, prefixes(), "Generated catalog of " + datasets
                            + " datasets (seed " + seed + "), shaped like the demo catalog of Open Data Hauts-de-Seine.");
            for (Description shared : SharedResources.describe(base)) {
                writer.write(shared);
            }
            DatasetGenerator generator = new DatasetGenerator(seed, base);
            for (int index = 0; index < datasets; index++) {
                for (Description block : generator.describe(index)) {
                    writer.write(block);
                }
            }
            writer.finish();
        }
    }

    /** The identifiers (and record ids) of the first {@code count} datasets, without writing them. */
    public List<String> identifiers(int count) {
        DatasetGenerator generator = new DatasetGenerator(seed, base);
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(index -> generator.describe(index).get(0).subject().getURI())
                .map(iri -> iri.substring(iri.lastIndexOf('/') + 1))
                .toList();
    }

    private static Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("dcat", "http://www.w3.org/ns/dcat#");
        prefixes.put("dct", "http://purl.org/dc/terms/");
        prefixes.put("dcatap", "http://data.europa.eu/r5r/");
        prefixes.put("foaf", "http://xmlns.com/foaf/0.1/");
        prefixes.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        prefixes.put("locn", DatasetGenerator.LOCN);
        prefixes.put("gsp", DatasetGenerator.GSP);
        prefixes.put("csvw", DatasetGenerator.CSVW);
        prefixes.put("skos", "http://www.w3.org/2004/02/skos/core#");
        prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        prefixes.put("hds", "https://opendata.hauts-de-seine.fr/ns/catalog#");
        return prefixes;
    }
}
