package fr.hautsdeseine.catalog.quality;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.vocab.Vocabularies;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetScorerTest {
    private static final String PREFIXES = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix ft:   <http://publications.europa.eu/resource/authority/file-type/> .
            @prefix iana: <https://www.iana.org/assignments/media-types/> .
            @prefix ex:   <http://example.org/> .
            """;
    /** Every dataset metric true; its one distribution is added by each test. */
    private static final String FULL_DATASET = """
            ex:d a dcat:Dataset ; dct:title "Collèges"@fr ;
                dcat:keyword "école"@fr ; dcat:theme <http://publications.europa.eu/resource/authority/data-theme/EDUC> ;
                dct:spatial [ a dct:Location ] ; dct:temporal [ a dct:PeriodOfTime ] ;
                dct:accessRights <http://publications.europa.eu/resource/authority/access-right/PUBLIC> ;
                dcat:contactPoint [ a <http://www.w3.org/2006/vcard/ns#Kind> ] ;
                dct:publisher ex:cd92 ; dcat:distribution ex:good .
            ex:cd92 foaf:name "Département des Hauts-de-Seine" .
            """;
    private static final String GOOD_DISTRIBUTION = """
            ex:good a dcat:Distribution ;
                dcat:accessURL <https://data.example/collèges> ; dcat:downloadURL <https://data.example/colleges.csv> ;
                dct:format ft:CSV ; dcat:mediaType iana:text\\/csv ;
                dct:license <http://publications.europa.eu/resource/authority/licence/CC_BY_4_0> ;
                dct:rights [ a dct:RightsStatement ] ; dcat:byteSize "1024"^^xsd:nonNegativeInteger ;
                dct:issued "2024-01-01"^^xsd:date ; dct:modified "2025-01-01"^^xsd:date .
            """;

    private static DatasetScorer scorer;

    @BeforeAll
    static void lists() {
        scorer = new DatasetScorer(QualityLists.from(Vocabularies.loadAll()));
    }

    @Test
    void a_complete_record_scores_every_point_that_needs_no_network() {
        QualityScore score = score(FULL_DATASET + GOOD_DISTRIBUTION, true, LinkStatuses.NONE_CHECKED);

        int expected = 405 - 50 - 30;   // both link metrics need the checker to have reached the URLs
        assertThat(score.total()).isEqualTo(expected).isEqualTo(325);
        assertThat(score.missed()).containsExactly(Metric.ACCESS_URL_REACHABLE, Metric.DOWNLOAD_URL_REACHABLE);
        assertThat(score.rating()).isEqualTo(Rating.GOOD);
        assertThat(score.publisherName()).isEqualTo("Département des Hauts-de-Seine");
        assertThat(score.byDimension()).containsEntry(Dimension.FINDABILITY, 100).containsEntry(Dimension.ACCESSIBILITY, 20)
                .containsEntry(Dimension.INTEROPERABILITY, 110).containsEntry(Dimension.REUSABILITY, 75)
                .containsEntry(Dimension.CONTEXTUALITY, 20);
    }

    @Test
    void reachable_links_bring_the_full_405_and_an_excellent_rating() {
        Set<String> answering = Set.of("https://data.example/collèges", "https://data.example/colleges.csv");

        QualityScore score = score(FULL_DATASET + GOOD_DISTRIBUTION, true, answering::contains);

        assertThat(score.total()).isEqualTo(405);
        assertThat(score.rating()).isEqualTo(Rating.EXCELLENT);
    }

    @Test
    void distribution_metrics_are_read_on_the_best_distribution() {
        String poor = """
                ex:poor a dcat:Distribution ; dcat:accessURL <https://data.example/poor> ;
                    dct:format ft:XLSX ; dcat:mediaType "application/vnd.ms-excel" .
                """;
        String dataset = FULL_DATASET.replace("dcat:distribution ex:good", "dcat:distribution ex:poor, ex:good");
        // Alone, the poor one scores: format 20, media type 10, machine-readable 20 (XLSX), no vocabulary alignment
        // (its media type is a literal), not non-proprietary, no licence, rights, size or dates, no download URL.
        QualityScore poorAlone = score(FULL_DATASET.replace("ex:good", "ex:poor") + poor, true, LinkStatuses.NONE_CHECKED);
        int datasetPoints = 100 + 30 + 75 - 20 - 10;   // findability, compliance, reusability without licence metrics
        assertThat(poorAlone.total()).isEqualTo(datasetPoints + 20 + 10 + 20);

        QualityScore both = score(dataset + poor + GOOD_DISTRIBUTION, true, LinkStatuses.NONE_CHECKED);

        assertThat(both.total()).isEqualTo(325);
        assertThat(both.bestDistribution()).contains("http://example.org/good");
    }

    @Test
    void a_distribution_without_dates_takes_the_dataset_dates() {
        String undated = GOOD_DISTRIBUTION.replace("dct:issued \"2024-01-01\"^^xsd:date ; dct:modified \"2025-01-01\"^^xsd:date",
                "dct:title \"CSV\"");
        String withoutDates = FULL_DATASET + undated;
        String withDatasetDates = FULL_DATASET.replace("dct:title \"Collèges\"@fr ;",
                "dct:title \"Collèges\"@fr ; dct:issued \"2020-01-01\"^^xsd:date ; dct:modified \"2025-02-01\"^^xsd:date ;") + undated;

        QualityScore none = score(withoutDates, true, LinkStatuses.NONE_CHECKED);
        QualityScore fallback = score(withDatasetDates, true, LinkStatuses.NONE_CHECKED);

        assertThat(none.total()).isEqualTo(325 - 5 - 5);
        assertThat(none.missed()).contains(Metric.DATE_ISSUED, Metric.DATE_MODIFIED);
        assertThat(fallback.total()).isEqualTo(325);
    }

    @Test
    void a_licence_is_known_as_data_europa_eu_reads_it_in_the_eu_table_and_piveaus_additions() {
        // Known: a concept of the EU table, the IRI such a concept names by skos:exactMatch, the same for piveau's additions.
        assertThat(knownLicence("http://publications.europa.eu/resource/authority/licence/ODC_BL")).isTrue();
        assertThat(knownLicence("http://opendatacommons.org/licenses/odbl/1.0/")).isTrue();
        assertThat(knownLicence("https://www.govdata.de/dl-de/by-2-0")).isTrue();
        // Not known: our own mapping to an EU concept (the table names http://creativecommons.org/licenses/by/4.0/),
        // the Licence Ouverte (in neither list), a licence of one's own.
        assertThat(knownLicence("https://creativecommons.org/licenses/by/4.0/")).isFalse();
        assertThat(knownLicence("http://opendatacommons.org/licenses/odbl/1-0/")).isFalse();
        assertThat(knownLicence("https://www.etalab.gouv.fr/licence-ouverte-open-licence")).isFalse();
        QualityScore home = score(FULL_DATASET + withLicence("https://licences.example/maison"), true, LinkStatuses.NONE_CHECKED);
        assertThat(home.passes(Metric.LICENCE)).isTrue();
        assertThat(home.passes(Metric.KNOWN_LICENCE)).isFalse();
        assertThat(home.total()).isEqualTo(325 - 10);
    }

    private static boolean knownLicence(String iri) {
        return score(FULL_DATASET + withLicence(iri), true, LinkStatuses.NONE_CHECKED).passes(Metric.KNOWN_LICENCE);
    }

    private static String withLicence(String iri) {
        return GOOD_DISTRIBUTION.replace("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0", iri);
    }

    @Test
    void a_bare_non_compliant_dataset_scores_nothing_and_is_rated_bad() {
        QualityScore score = score("ex:d a dcat:Dataset ; dct:title \"Vide\"@fr .", false, LinkStatuses.NONE_CHECKED);

        assertThat(score.total()).isZero();
        assertThat(score.rating()).isEqualTo(Rating.BAD);
        assertThat(score.missed()).hasSize(23);
    }

    @Test
    void access_rights_outside_the_eu_table_and_a_proprietary_format_lose_their_alignment_points() {
        String dataset = FULL_DATASET.replace("<http://publications.europa.eu/resource/authority/access-right/PUBLIC>",
                "[ a dct:RightsStatement ]");
        String shapefile = GOOD_DISTRIBUTION.replace("ft:CSV", "ft:SHP").replace("iana:text\\/csv", "iana:application\\/zip");

        QualityScore score = score(dataset + shapefile, true, LinkStatuses.NONE_CHECKED);

        assertThat(score.passes(Metric.ACCESS_RIGHTS)).isTrue();
        assertThat(score.passes(Metric.ACCESS_RIGHTS_VOCABULARY)).isFalse();
        assertThat(score.passes(Metric.MACHINE_READABLE)).isTrue();
        // The shapefile is proprietary; its zip media type maps to a non-proprietary file type, which counts.
        assertThat(score.passes(Metric.NON_PROPRIETARY)).isTrue();
        assertThat(score.total()).isEqualTo(325 - 5);
    }

    @Test
    void ratings_follow_data_europa_eu_thresholds() {
        assertThat(Rating.of(405)).isEqualTo(Rating.EXCELLENT);
        assertThat(Rating.of(351)).isEqualTo(Rating.EXCELLENT);
        assertThat(Rating.of(350)).isEqualTo(Rating.GOOD);
        assertThat(Rating.of(221)).isEqualTo(Rating.GOOD);
        assertThat(Rating.of(220)).isEqualTo(Rating.SUFFICIENT);
        assertThat(Rating.of(121)).isEqualTo(Rating.SUFFICIENT);
        assertThat(Rating.of(120)).isEqualTo(Rating.BAD);
        assertThat(java.util.Arrays.stream(Metric.values()).mapToInt(Metric::points).sum()).isEqualTo(Metric.MAX_POINTS);
    }

    private static QualityScore score(String turtle, boolean compliant, LinkStatuses links) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + turtle).lang(Lang.TURTLE).parse(graph);
        return scorer.score("d", graph, compliant, links);
    }
}
