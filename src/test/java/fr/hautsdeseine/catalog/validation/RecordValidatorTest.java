package fr.hautsdeseine.catalog.validation;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.store.DatasetRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
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

    @Test
    void a_modification_time_is_judged_by_its_instant_whatever_its_offset() {
        OffsetDateTime justPast = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        String atKiritimati = ISO_OFFSET_DATE_TIME.format(justPast.withOffsetSameInstant(ZoneOffset.ofHours(14)));
        String inTwoHours = ISO_OFFSET_DATE_TIME.format(justPast.plusHours(2));

        assertThat(futureModifiedIssues("\"" + atKiritimati + "\"^^xsd:dateTime")).isEmpty();
        assertThat(futureModifiedIssues("\"" + inTwoHours + "\"^^xsd:dateTime")).hasSize(1);
    }

    @Test
    void a_modification_date_is_in_the_future_until_its_day_has_begun_in_utc() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(futureModifiedIssues("\"" + today + "\"^^xsd:date")).isEmpty();
        assertThat(futureModifiedIssues("\"" + today.plusDays(1) + "\"^^xsd:date")).hasSize(1);
        assertThat(futureModifiedIssues("\"" + today.getYear() + "\"^^xsd:gYear")).isEmpty();
        assertThat(futureModifiedIssues("\"" + (today.getYear() + 1) + "\"^^xsd:gYear")).hasSize(1);
    }

    private static List<ValidationIssue> futureModifiedIssues(String modified) {
        Graph graph = graph("");
        graph.remove(NodeFactory.createURI(DATASET), DCTerms.modified.asNode(), Node.ANY);
        RDFParser.fromString("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n<" + DATASET + "> <"
                + DCTerms.modified.getURI() + "> " + modified + " .", Lang.TURTLE).parse(graph);
        RecordReport report = validator.validate(new DatasetRecord("colleges", NodeFactory.createURI(DATASET), graph),
                Profile.PORTAL);
        return report.issues().stream().filter(i -> i.shape().contains("#Portal-modified-not-future")).toList();
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
