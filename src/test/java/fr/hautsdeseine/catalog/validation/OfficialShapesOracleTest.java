package fr.hautsdeseine.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.ingest.RdfReader;
import fr.hautsdeseine.catalog.ingest.RdfSyntax;
import fr.hautsdeseine.catalog.ingest.RecordSplitter;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import fr.hautsdeseine.catalog.vocab.Vocabularies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our DCAT-AP 3 shapes agree with SEMIC's official ones (the differences we chose are in docs/shapes.md). */
class OfficialShapesOracleTest {
    private static final String PREFIXES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final String DATASET = "https://example.org/datasets/colleges";
    private static final String DISTRIBUTION = DATASET + "#csv";
    private static final String PUBLISHER = "https://example.org/publishers/cd92";

    private static OfficialShapes official;
    private static Shapes ours;
    private static Graph ourVocabularies;

    @BeforeAll
    static void load() throws IOException {
        official = OfficialShapes.load();
        Graph shapes = GraphFactory.createDefaultGraph();
        try (InputStream in = OfficialShapesOracleTest.class.getResourceAsStream("/shapes/dcat-ap-3.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
        }
        ours = Shapes.parse(shapes);
        ourVocabularies = Vocabularies.loadAll();
    }

    @Test
    void a_valid_portal_record_passes_both() {
        Graph record = record();

        assertThat(official.violations(record)).isEmpty();
        assertThat(ourViolations(record)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dataset without title | DELETE WHERE { <" + DATASET + "> dct:title ?t } | " + DATASET + " | dct:title",
            "dataset without description | DELETE WHERE { <" + DATASET + "> dct:description ?d } | " + DATASET + " | dct:description",
            "theme outside the EU table | DELETE { <" + DATASET + "> dcat:theme ?t } INSERT { <" + DATASET
                    + "> dcat:theme <http://example.org/themes/x> } WHERE { <" + DATASET + "> dcat:theme ?t } | " + DATASET + " | dcat:theme",
            "byte size not an integer | DELETE { <" + DISTRIBUTION + "> dcat:byteSize ?b } INSERT { <" + DISTRIBUTION
                    + "> dcat:byteSize 'abc' } WHERE { <" + DISTRIBUTION + "> dcat:byteSize ?b } | " + DISTRIBUTION + " | dcat:byteSize",
            "frequency not a frequency | DELETE { <" + DATASET + "> dct:accrualPeriodicity ?f } INSERT { <" + DATASET
                    + "> dct:accrualPeriodicity <http://example.org/often> } WHERE { <" + DATASET + "> dct:accrualPeriodicity ?f } | "
                    + DATASET + " | dct:accrualPeriodicity",
            "distribution without access URL | DELETE WHERE { <" + DISTRIBUTION + "> dcat:accessURL ?u } | " + DISTRIBUTION + " | dcat:accessURL",
            "language outside the EU table | DELETE { <" + DATASET + "> dct:language ?l } INSERT { <" + DATASET
                    + "> dct:language <http://example.org/klingon> } WHERE { <" + DATASET + "> dct:language ?l } | " + DATASET + " | dct:language",
            "contact point given as text | DELETE { <" + DATASET + "> dcat:contactPoint ?c } INSERT { <" + DATASET
                    + "> dcat:contactPoint 'opendata@example.org' } WHERE { <" + DATASET + "> dcat:contactPoint ?c } | " + DATASET + " | dcat:contactPoint",
            "publisher that is not an agent | DELETE WHERE { <" + PUBLISHER + "> a ?type } | " + DATASET + " | dct:publisher",
            "two publishers | INSERT DATA { <" + DATASET + "> dct:publisher <http://example.org/other> . <http://example.org/other> a foaf:Agent ;"
                    + " foaf:name 'Autre' } | " + DATASET + " | dct:publisher",
            "agent without name | DELETE WHERE { <" + PUBLISHER + "> foaf:name ?n } | " + PUBLISHER + " | foaf:name",
            "format outside the EU file-type table | DELETE { <" + DISTRIBUTION + "> dct:format ?f } INSERT { <" + DISTRIBUTION
                    + "> dct:format <http://example.org/formats/csv> } WHERE { <" + DISTRIBUTION + "> dct:format ?f } | "
                    + DISTRIBUTION + " | dct:format",
            "temporal coverage that is not a period | DELETE { <" + DATASET + "> dct:temporal ?t } INSERT { <" + DATASET
                    + "> dct:temporal '2020' } WHERE { <" + DATASET + "> dct:temporal ?t } | " + DATASET + " | dct:temporal",
            "distribution given as text | INSERT DATA { <" + DATASET + "> dcat:distribution 'colleges.csv' } | "
                    + DATASET + " | dcat:distribution",
            "keyword that is not a literal | INSERT DATA { <" + DATASET + "> dcat:keyword <http://example.org/kw> } | "
                    + DATASET + " | dcat:keyword",
            "distribution title not a literal | DELETE { <" + DISTRIBUTION + "> dct:title ?t } INSERT { <" + DISTRIBUTION
                    + "> dct:title <http://example.org/title> } WHERE { <" + DISTRIBUTION + "> dct:title ?t } | " + DISTRIBUTION + " | dct:title",
    })
    void breaking_a_rule_is_a_violation_on_the_same_node_and_path_for_both(String name, String update, String focus, String path) {
        Graph record = record();
        UpdateAction.parseExecute(PREFIXES + update, record);
        String expected = focus + " " + expand(path);

        assertThat(official.violations(record)).as("official").contains(expected);
        assertThat(ourViolations(record)).as("ours").contains(expected);
    }

    /**
     * None of SEMIC's examples passes the official shapes as published (untyped publishers and
     * frequencies); what must hold is that ours are never stricter: each Violation of ours is also
     * an official one. So every example the official shapes accept, ours accept too.
     */
    @Test
    void on_every_official_example_each_of_our_violations_is_an_official_violation() throws IOException {
        List<Path> checked = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestCatalog.shared("reference/dcat-ap-3/examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                Graph example = GraphFactory.createDefaultGraph();
                try {
                    RDFParser.source(file).parse(example);
                } catch (RiotException upstreamDefect) {
                    continue;  // two examples are not valid Turtle as published
                }
                Set<String> officialViolations = official.violations(example);

                assertThat(officialViolations).as(file.getFileName().toString()).containsAll(ourViolations(example));
                checked.add(file);
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(13);
    }

    @Test
    void the_demo_catalog_has_no_official_violation() throws IOException {
        CatalogIris iris = new CatalogIris("http://localhost:8080");
        Graph data = GraphFactory.createDefaultGraph();
        for (String resource : List.of("/demo/hds-catalog.ttl", "/catalog/catalog.ttl")) {
            byte[] turtle = TestCatalog.resource(resource).getBytes(StandardCharsets.UTF_8);
            new RdfReader().read(turtle, RdfSyntax.TURTLE, iris.documentBase()).find().forEachRemaining(data::add);
        }
        List<DatasetRecord> records = new RecordSplitter(iris).split(data);

        assertThat(records).hasSizeGreaterThanOrEqualTo(40);
        assertThat(official.violations(data)).isEmpty();
    }

    private static Set<String> ourViolations(Graph data) {
        var report = ShaclValidator.get().validate(ours, new Union(data, ourVocabularies));
        return OfficialShapes.violationKeys(report, data);
    }

    private static Graph record() {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(TestCatalog.resource("/records/one-dataset.ttl"), Lang.TURTLE).parse(graph);
        return graph;
    }

    private static String expand(String path) {
        return "<" + org.apache.jena.shared.PrefixMapping.Factory.create()
                .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
                .setNsPrefix("dct", "http://purl.org/dc/terms/")
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .expandPrefix(path) + ">";
    }
}
