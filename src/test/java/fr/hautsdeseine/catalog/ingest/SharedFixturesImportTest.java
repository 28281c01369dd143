package fr.hautsdeseine.catalog.ingest;

import fr.hautsdeseine.catalog.store.DatasetRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.store.CatalogIris;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The real-world catalogs that data.gouv.fr's and CKAN's harvesters are tested against. */
class SharedFixturesImportTest {
    private final CatalogIris iris = new CatalogIris("http://localhost:8080");
    private final RdfReader reader = new RdfReader();
    private final RecordSplitter splitter = new RecordSplitter(iris);

    /** Every triple reachable from a dataset, found independently of the splitter, with SPARQL paths. */
    private static final String DESCRIBING_TRIPLES = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX hydra: <http://www.w3.org/ns/hydra/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT DISTINCT ?s ?p ?o WHERE {
              { ?d a dcat:Dataset } UNION { ?d a dcat:DatasetSeries } UNION { ?d a dcat:DataService ; dct:identifier [] }
              ?d (!<urn:x:none>)* ?s .
              ?s ?p ?o .
              FILTER NOT EXISTS { ?s a dcat:Catalog }
              FILTER NOT EXISTS { ?s a dcat:CatalogRecord }
              FILTER NOT EXISTS { ?s a ?hydraType FILTER(STRSTARTS(STR(?hydraType), STR(hydra:))) }
            }""";

    @ParameterizedTest
    @CsvSource({
            "udata--bnodes.xml, 4",     // and a data service with an identifier, a record of its own
            "udata--bnodes.jsonld, 3",
            "udata--partial-collection-1.jsonld, 3",
            "udata--partial-collection-2.jsonld, 1",
            "udata--paged-collection-1.jsonld, 3",
            "ckanext-dcat--catalog.rdf, 2"})
    void real_catalog_imports_every_dataset_without_losing_a_describing_triple(String file, int datasets) throws IOException {
        Path path = TestCatalog.shared("fixtures/harvest/" + file);
        Graph document = reader.read(Files.readAllBytes(path), RdfSyntax.fromFileName(file).orElseThrow(),
                path.toAbsolutePath().toUri().toString());

        List<DatasetRecord> records = splitter.split(document);

        assertThat(records).hasSize(datasets);
        assertThat(records).extracting(DatasetRecord::id).doesNotHaveDuplicates().allMatch(RecordIds::isValidId);
        Graph union = GraphFactory.createDefaultGraph();
        records.forEach(record -> record.content().find().forEachRemaining(union::add));
        Map<Node, Node> mintedIris = mintedIris(document, records);
        List<Triple> lost = describingTriples(document).stream()
                .map(t -> Triple.create(mintedIris.getOrDefault(t.getSubject(), t.getSubject()), t.getPredicate(),
                        mintedIris.getOrDefault(t.getObject(), t.getObject())))
                .filter(t -> !union.contains(t))
                .toList();
        assertThat(lost).isEmpty();
    }

    @Test
    void turtle_with_an_undeclared_prefix_is_refused_with_its_line_and_column() throws IOException {
        Path path = TestCatalog.shared("fixtures/harvest/ckanext-dcat--dataset.ttl");

        assertThatThrownBy(() -> reader.read(Files.readAllBytes(path), RdfSyntax.TURTLE, "http://x/"))
                .isInstanceOfSatisfying(RdfParseException.class, e -> {
                    assertThat(e.line()).hasValue(149);
                    assertThat(e.getMessage()).contains("healthdcatap");
                });
    }

    @Test
    void a_catalog_whose_dataset_lacks_an_identifier_is_refused_naming_the_dataset() throws IOException {
        Path path = TestCatalog.shared("fixtures/harvest/ckanext-dcat--catalog_with_at_graph.jsonld");
        Graph document = reader.read(Files.readAllBytes(path), RdfSyntax.JSON_LD, "http://x/");

        assertThatThrownBy(() -> splitter.split(document))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("Dataset <https://ckan.example.org/dataset/d4ce4e6e-ab89-44cb-bf5c-33a162c234de#dataset>"
                        + " has no dct:identifier");
    }

    /** Blank-node datasets are renamed {base}/datasets/{id}: map them back by identifier. */
    private Map<Node, Node> mintedIris(Graph document, List<DatasetRecord> records) {
        Map<Node, Node> minted = new HashMap<>();
        for (DatasetRecord record : records) {
            document.find(Node.ANY, DCTerms.identifier.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isBlank()
                        && RecordIds.fromIdentifier(t.getObject().getLiteralLexicalForm()).equals(record.id())) {
                    minted.put(t.getSubject(), record.dataset());
                }
            });
        }
        return minted;
    }

    private static List<Triple> describingTriples(Graph document) {
        var model = ModelFactory.createModelForGraph(document);
        try (var execution = QueryExecutionFactory.create(DESCRIBING_TRIPLES, model)) {
            List<Triple> triples = new java.util.ArrayList<>();
            execution.execSelect().forEachRemaining((QuerySolution row) -> triples.add(Triple.create(
                    row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode())));
            assertThat(triples).isNotEmpty();
            return triples;
        }
    }
}
