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
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class JavaTargetsTest {
    private static final String DATASET = "https://example.org/datasets/colleges";
    private static final String ONE_DATASET = TestCatalog.resource("/records/one-dataset.ttl");
    /** Every case the shapes' SPARQL targets tell apart: list branches and cycles, the HVD regulation named or not. */
    private static final String EVERY_CASE = ONE_DATASET + """
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix r5r: <http://data.europa.eu/r5r/> .
            @prefix ex: <https://example.org/> .
            ex:other hds:notice [ csvw:tableSchema [ csvw:column _:a ] ] .
            _:a rdf:first ex:c1 ; rdf:rest _:b , _:c .
            _:b rdf:first ex:c2 ; rdf:rest _:a .
            _:c rdf:first "a literal" ; rdf:rest rdf:nil .
            _:loose rdf:first ex:not-a-column .
            ex:hvd a dcat:Dataset ; r5r:applicableLegislation <http://data.europa.eu/eli/reg_impl/2023/138/oj> ;
                dcat:distribution ex:hvd-csv , ex:hvd-api .
            ex:hvd-api dcat:accessService ex:service-of-a-distribution .
            ex:hvd-series a dcat:DatasetSeries ; r5r:applicableLegislation <http://data.europa.eu/eli/reg_impl/2023/138/oj> .
            ex:untyped r5r:applicableLegislation <http://data.europa.eu/eli/reg_impl/2023/138/oj> ;
                dcat:distribution ex:untyped-csv .
            ex:other-law a dcat:Dataset ; r5r:applicableLegislation ex:another-regulation ; dcat:distribution ex:other-csv .
            ex:hvd-service a dcat:DataService ; r5r:applicableLegislation <http://data.europa.eu/eli/reg_impl/2023/138/oj> .
            ex:serving a dcat:DataService ; dcat:servesDataset ex:hvd .
            ex:serving-other a dcat:DataService ; dcat:servesDataset ex:other-law .
            """;
    private static final String BROKEN_COLUMN = ONE_DATASET
            .replace("csvw:name \"effectif\" ;", "")
            .replace("dct:description \"Nombre d'élèves inscrits.\"@fr", "csvw:title \"Nombre\"@fr");

    @Test
    void every_java_target_finds_what_its_shapes_sparql_query_finds() {
        Graph data = graph(EVERY_CASE);
        for (Profile profile : Profile.values()) {
            Shapes shapes = ShapeSet.load().forRecord(profile, data);
            for (Node name : JavaTargets.BY_SHAPE.keySet()) {
                Shape shape = shapes.getShape(name);

                assertThat(JavaTargets.installedOn(shape)).as(name + " in the " + profile + " shapes").isTrue();
                Target target = shape.getTargets().iterator().next();
                Set<Node> byJava = new HashSet<>(target.getFocusNodes(data));
                assertThat(byJava).as(name.getLocalName()).isNotEmpty().isEqualTo(bySparql(target, data));
            }
        }
    }

    @Test
    void the_targets_find_the_expected_nodes() {
        Graph data = graph(EVERY_CASE);

        assertThat(JavaTargets.noticeColumns(data)).hasSize(5);
        assertThat(JavaTargets.hvdDistributions(data)).extracting(Node::getLocalName)
                .containsExactlyInAnyOrder("hvd-csv", "hvd-api", "untyped-csv");
        assertThat(JavaTargets.hvdDataServices(data)).extracting(Node::getLocalName)
                .containsExactlyInAnyOrder("hvd-service", "serving", "service-of-a-distribution");
    }

    @Test
    void a_column_without_name_or_description_is_reported_on_that_column() {
        RecordValidator validator = RecordValidator.standard();

        RecordReport portal = validator.validate(record(BROKEN_COLUMN), Profile.PORTAL);
        RecordReport partner = validator.validate(record(BROKEN_COLUMN), Profile.PARTNER);

        assertThat(portal.issues()).filteredOn(JavaTargetsTest::aboutAColumn).allMatch(ValidationIssue::isViolation)
                .extracting(ValidationIssue::path).containsExactlyInAnyOrder("csvw:name", "dct:description");
        assertThat(partner.issues()).filteredOn(JavaTargetsTest::aboutAColumn)
                .extracting(ValidationIssue::path).containsExactlyInAnyOrder("csvw:name", "dct:description");
        assertThat(validator.validate(record(ONE_DATASET), Profile.PORTAL).issues())
                .filteredOn(JavaTargetsTest::aboutAColumn).isEmpty();
    }

    private static boolean aboutAColumn(ValidationIssue issue) {
        return issue.shape().startsWith("https://opendata.hauts-de-seine.fr/ns/shapes#Portal-Column-");
    }

    /** What the target's own query, as the shapes graph holds it, selects. */
    private static Set<Node> bySparql(Target target, Graph data) {
        String select = target.getShapesGraph().find(target.getObject(), SHACL.select, Node.ANY).next().getObject()
                .getLiteralLexicalForm();
        Set<Node> found = new HashSet<>();
        try (QueryExecution query = QueryExecutionFactory.create(select, ModelFactory.createModelForGraph(data))) {
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
