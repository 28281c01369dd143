package fr.hautsdeseine.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.validation.OfficialShapes;
import fr.hautsdeseine.catalog.vocab.DCAT3;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset series with an identity is a record of its own, and its datasets stay linked to it. */
class SeriesHarvestTest {
    @TempDir
    Path dir;

    private PartnerServer partner;
    private HarvestFixture harvest;

    @BeforeEach
    void start() {
        partner = new PartnerServer();
        harvest = new HarvestFixture(dir);
    }

    @AfterEach
    void stop() {
        harvest.close();
        partner.close();
    }

    @Test
    void a_series_and_its_datasets_are_stored_as_records_linked_by_in_series() {
        partner.on("/catalog.ttl", PartnerServer.body(200, "text/turtle", """
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                <https://ville.example/series/budgets> a dcat:DatasetSeries ;
                    dct:title "Budgets"@fr ; dct:description "Les budgets votés, année après année."@fr .
                <https://ville.example/d/budget-2024> a dcat:Dataset ; dct:identifier "budget-2024" ;
                    dct:title "Budget 2024"@fr ; dct:description "Le budget voté pour 2024."@fr ;
                    dcat:inSeries <https://ville.example/series/budgets> .
                <https://ville.example/d/budget-2025> a dcat:Dataset ; dct:identifier "budget-2025" ;
                    dct:title "Budget 2025"@fr ; dct:description "Le budget voté pour 2025."@fr ;
                    dcat:inSeries <https://ville.example/series/budgets> .
                """));

        HarvestReport report = harvest.add("ville", partner.url("/catalog.ttl"), SourceType.DCAT);

        Node series = NodeFactory.createURI("https://ville.example/series/budgets");
        String seriesId = "https-ville-example-series-budgets-" + report.notes().stream()
                .filter(n -> n.property().equals("dct:identifier")).findFirst().orElseThrow().record()
                .replaceFirst("^.*-", "");
        assertThat(report.rejected()).isEmpty();
        assertThat(report.counts().created()).isEqualTo(3);
        assertThat(harvest.store.recordIds()).containsExactlyInAnyOrder("budget-2024", "budget-2025", seriesId);
        Graph seriesRecord = harvest.store.record(seriesId).orElseThrow();
        assertThat(seriesRecord.contains(series, RDF.type.asNode(), DCAT3.DatasetSeries.asNode())).isTrue();
        assertThat(harvest.store.record("budget-2024").orElseThrow()
                .contains(NodeFactory.createURI("https://ville.example/d/budget-2024"), DCAT3.inSeries.asNode(), series)).isTrue();
        // The series is described in its own record, not in its datasets': the official range check on
        // dcat:inSeries cannot see its class there (a difference docs/shapes.md states).
        OfficialShapes official = OfficialShapes.load();
        harvest.snapshot().forEach((id, record) -> assertThat(official.violations(record)).as(id)
                .filteredOn(violation -> !violation.endsWith("<http://www.w3.org/ns/dcat#inSeries>")).isEmpty());
    }
}
