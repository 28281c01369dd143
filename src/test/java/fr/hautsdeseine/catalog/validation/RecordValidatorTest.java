package fr.hautsdeseine.catalog.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {
    private static final String DATASET = "https://example.org/datasets/colleges";
    private static final String HVD = "http://data.europa.eu/r5r/";
    private static RecordValidator validator;

    @BeforeAll
    static void load() {
        validator = RecordValidator.standard();
    }

    @Test
    void a_valid_portal_record_conforms_with_warnings_only() {
        RecordReport report = validator.validate(record(""), Profile.PORTAL);

        assertThat(report.conforms()).isTrue();
        assertThat(report.warnings()).isPositive();
    }

    @Test
    void a_dataset_under_the_hvd_regulation_needs_an_hvd_category() {
        RecordReport report = validator.validate(record(
                "<" + DATASET + "> <" + HVD + "applicableLegislation> <http://data.europa.eu/eli/reg_impl/2023/138/oj> ."),
                Profile.PORTAL);

        assertThat(report.issues()).filteredOn(ValidationIssue::isViolation)
                .extracting(ValidationIssue::focusNode, ValidationIssue::path)
                .contains(org.assertj.core.groups.Tuple.tuple(DATASET, "dcatap:hvdCategory"));
    }

    @Test
    void an_hvd_category_without_the_regulation_is_a_violation() {
        RecordReport report = validator.validate(record(
                "<" + DATASET + "> <" + HVD + "hvdCategory> <http://data.europa.eu/bna/c_ac64a52d> ;"
                        + " <http://www.w3.org/ns/dcat#theme> <http://data.europa.eu/bna/c_ac64a52d> ."),
                Profile.PORTAL);

        assertThat(report.issues()).filteredOn(ValidationIssue::isViolation)
                .extracting(ValidationIssue::shape)
                .contains("https://opendata.hauts-de-seine.fr/ns/shapes#HVD-Categorised-applicableLegislation");
    }

    @Test
    void the_partner_profile_turns_the_portal_rules_into_warnings_but_keeps_dcat_ap() {
        Graph graph = graph("");
        graph.remove(NodeFactory.createURI(DATASET), org.apache.jena.vocabulary.DCTerms.description.asNode(),
                org.apache.jena.graph.Node.ANY);
        RecordReport report = validator.validate(new DatasetRecord("colleges", NodeFactory.createURI(DATASET), graph),
                Profile.PARTNER);

        assertThat(report.conforms()).isFalse();
        assertThat(report.issues()).filteredOn(ValidationIssue::isViolation).extracting(ValidationIssue::path)
                .containsOnly("dct:description");
        assertThat(report.issues()).filteredOn(i -> i.shape().contains("#Portal-")).allMatch(i -> !i.isViolation()).isNotEmpty();
    }

    private static DatasetRecord record(String extra) {
        return new DatasetRecord("colleges", NodeFactory.createURI(DATASET), graph(extra));
    }

    private static Graph graph(String extra) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(TestCatalog.resource("/records/one-dataset.ttl") + "\n" + extra, Lang.TURTLE).parse(graph);
        return graph;
    }
}
