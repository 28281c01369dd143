package fr.hautsdeseine.catalog.generate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.ingest.RdfReader;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.ingest.RecordSplitter;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogGeneratorTest {
    private static final String BASE = "http://localhost:8080";
    private static final Path SHARED = Path.of("../shared/reference");

    @TempDir
    Path dir;

    @Test
    void the_same_count_and_seed_give_the_same_bytes_and_another_seed_other_bytes() throws IOException {
        Path first = generate(20, 42, "first.ttl");
        Path again = generate(20, 42, "again.ttl");
        Path other = generate(20, 43, "other.ttl");
        Path firstNt = generate(20, 42, "first.nt");
        Path againNt = generate(20, 42, "again.nt");

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(againNt)).isEqualTo(Files.readAllBytes(firstNt));
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
    }

    @Test
    void turtle_and_n_triples_hold_the_same_graph_and_parse_in_rdf4j_too() throws IOException {
        Graph turtle = read(generate(20, 42, "catalog.ttl"), RdfSyntax.TURTLE);
        Graph ntriples = read(generate(20, 42, "catalog.nt"), RdfSyntax.N_TRIPLES);

        assertThat(turtle.isIsomorphicWith(ntriples)).isTrue();
        try (InputStream in = Files.newInputStream(dir.resolve("catalog.ttl"))) {
            Model model = Rio.parse(in, BASE + "/", RDFFormat.TURTLE);
            assertThat(model.size()).isEqualTo(turtle.size());
        }
    }

    @Test
    void a_bigger_catalog_begins_with_the_datasets_of_a_smaller_one() {
        CatalogGenerator generator = new CatalogGenerator(42, BASE);

        assertThat(generator.identifiers(50).subList(0, 20)).isEqualTo(generator.identifiers(20));
    }

    @Test
    void twenty_datasets_split_into_twenty_records_of_realistic_size() throws IOException {
        List<DatasetRecord> records = records(generate(20, 42, "catalog.ttl"));
        int sharedTriples = read(generate(0, 42, "empty.ttl"), RdfSyntax.TURTLE).size();
        int allTriples = read(dir.resolve("catalog.ttl"), RdfSyntax.TURTLE).size();

        assertThat(records).extracting(DatasetRecord::id)
                .containsExactlyInAnyOrderElementsOf(new CatalogGenerator(42, BASE).identifiers(20));
        assertThat(records).allSatisfy(record -> assertThat(record.dataset().getURI())
                .isEqualTo(BASE + "/datasets/" + record.id()));
        assertThat((allTriples - sharedTriples) / 20.0).as("triples of each dataset's own description")
                .isBetween(60.0, 120.0);
        assertThat(records).allSatisfy(record -> assertThat(record.content().size()).isBetween(60, 400));
    }

    @Test
    void every_generated_record_passes_the_official_dcat_ap_3_shapes() throws IOException {
        List<DatasetRecord> records = records(generate(20, 42, "catalog.ttl"));
        Graph data = GraphFactory.createDefaultGraph();
        Set<Node> generatedNodes = new HashSet<>();
        for (DatasetRecord record : records) {
            record.content().find().forEachRemaining(triple -> {
                data.add(triple);
                generatedNodes.add(triple.getSubject());
            });
        }
        try (DirectoryStream<Path> vocabularies = Files.newDirectoryStream(SHARED.resolve("vocab"), "*.rdf")) {
            vocabularies.forEach(file -> RDFDataMgr.read(data, file.toString()));
        }
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        for (String file : List.of("shapes.ttl", "range.ttl", "mdr-vocabularies.shape.ttl")) {
            RDFDataMgr.read(shapesGraph, SHARED.resolve("dcat-ap-3/split").resolve(file).toString());
        }

        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), data);

        List<String> violations = report.getEntries().stream()
                .filter(entry -> entry.severity() == Severity.Violation && generatedNodes.contains(entry.focusNode()))
                .map(ReportEntry::toString)
                .collect(Collectors.toList());
        assertThat(violations).isEmpty();
        assertThat(generatedNodes).hasSizeGreaterThan(20 * 5);
    }

    private Path generate(int datasets, long seed, String name) throws IOException {
        Path file = dir.resolve(name);
        new CatalogGenerator(seed, BASE).write(datasets, file);
        return file;
    }

    private static Graph read(Path file, RdfSyntax syntax) throws IOException {
        return new RdfReader().read(Files.readAllBytes(file), syntax, file.toUri().toString());
    }

    private static List<DatasetRecord> records(Path file) throws IOException {
        return new RecordSplitter(new CatalogIris(BASE)).split(read(file, RdfSyntax.TURTLE));
    }
}
