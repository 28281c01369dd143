package fr.hautsdeseine.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class NoticeColumnTargetTest {
    private static final String DATASET = "https://example.org/datasets/colleges";
    /** The target as shapes/portal-profile.ttl writes it. */
    private static final String SPARQL_TARGET = "SELECT ?this WHERE { ?n <https://opendata.hauts-de-seine.fr/ns/catalog#notice>"
            + " ?notice . ?notice <http://www.w3.org/ns/csvw#tableSchema> ?s . ?s <http://www.w3.org/ns/csvw#column>"
            + "/<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>*/<http://www.w3.org/1999/02/22-rdf-syntax-ns#first> ?this }";
    private static final String BROKEN_COLUMN = TestCatalog.resource("/records/one-dataset.ttl")
            .replace("csvw:name \"effectif\" ;", "")
            .replace("dct:description \"Nombre d'élèves inscrits.\"@fr", "csvw:title \"Nombre\"@fr");

    @Test
    void the_column_shape_of_each_profile_finds_its_nodes_without_a_query() {
        ShapeSet shapes = ShapeSet.load();
        for (Profile profile : Profile.values()) {
            var shape = shapes.forRecord(profile, graph(BROKEN_COLUMN)).getShape(NoticeColumnTarget.SHAPE);

            assertThat(NoticeColumnTarget.installedOn(shape)).isTrue();
            assertThat(shape.getTargets()).singleElement()
                    .satisfies(target -> assertThat(target.getFocusNodes(graph(BROKEN_COLUMN))).hasSize(2));
        }
    }

    @Test
    void it_finds_what_the_shapes_sparql_target_finds_on_every_branch_of_a_list() {
        Graph data = graph(TestCatalog.resource("/records/one-dataset.ttl") + """
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                <https://example.org/other> <https://opendata.hauts-de-seine.fr/ns/catalog#notice> [
                    <http://www.w3.org/ns/csvw#tableSchema> [ <http://www.w3.org/ns/csvw#column> _:a ] ] .
                _:a rdf:first <https://example.org/c1> ; rdf:rest _:b , _:c .
                _:b rdf:first <https://example.org/c2> ; rdf:rest _:a .
                _:c rdf:first "a literal" ; rdf:rest rdf:nil .
                _:loose rdf:first <https://example.org/not-a-column> .
                """);

        assertThat(NoticeColumnTarget.columns(data)).hasSize(5).containsExactlyInAnyOrderElementsOf(bySparql(data));
    }

    @Test
    void a_column_without_name_or_description_is_reported_on_that_column() {
        RecordValidator validator = RecordValidator.standard();

        RecordReport portal = validator.validate(record(BROKEN_COLUMN), Profile.PORTAL);
        RecordReport partner = validator.validate(record(BROKEN_COLUMN), Profile.PARTNER);

        assertThat(portal.issues()).filteredOn(NoticeColumnTargetTest::aboutAColumn).allMatch(ValidationIssue::isViolation)
                .extracting(ValidationIssue::path).containsExactlyInAnyOrder("csvw:name", "dct:description");
        assertThat(partner.issues()).filteredOn(NoticeColumnTargetTest::aboutAColumn)
                .extracting(ValidationIssue::path).containsExactlyInAnyOrder("csvw:name", "dct:description");
        assertThat(validator.validate(record(TestCatalog.resource("/records/one-dataset.ttl")), Profile.PORTAL).issues())
                .filteredOn(NoticeColumnTargetTest::aboutAColumn).isEmpty();
    }

    private static boolean aboutAColumn(ValidationIssue issue) {
        return issue.shape().startsWith(NoticeColumnTarget.SHAPE.getURI() + "-");
    }

    private static Set<Node> bySparql(Graph data) {
        Set<Node> found = new HashSet<>();
        try (QueryExecution query = QueryExecutionFactory.create(SPARQL_TARGET, ModelFactory.createModelForGraph(data))) {
            query.execSelect().forEachRemaining(row -> found.add(row.get("this").asNode()));
        }
        return found;
    }

    private static DatasetRecord record(String turtle) {
        return new DatasetRecord("colleges", NodeFactory.createURI(DATASET), graph(turtle));
    }

    private static Graph graph(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
        return graph;
    }
}
