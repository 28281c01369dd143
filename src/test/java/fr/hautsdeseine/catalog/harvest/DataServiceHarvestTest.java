package fr.hautsdeseine.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.ingest.RecordIds;
import fr.hautsdeseine.catalog.validation.OfficialShapes;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data service with an identity (Opendatasoft's Explore API, say) is a record of its own, linked to
 * the datasets it serves; one given as a blank node (GeoNetwork's WMS and WFS) stays inside its dataset.
 */
class DataServiceHarvestTest {
    private static final Node SERVICE = NodeFactory.createURI("https://ville.example/api/explore/v2.1/");
    private static final Node DATASET = NodeFactory.createURI("https://ville.example/d/arbres");

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
    void a_data_service_with_an_iri_is_a_record_of_its_own_linked_to_the_datasets_it_serves() {
        partner.on("/catalog.ttl", PartnerServer.body(200, "text/turtle", """
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                <https://ville.example/api/explore/v2.1/> a dcat:DataService ;
                    dct:title "API Explore v2.1"@fr ;
                    dcat:endpointURL <https://ville.example/api/explore/v2.1/> ;
                    dcat:endpointDescription <https://ville.example/api/explore/v2.1/swagger.json> ;
                    dcat:servesDataset <https://ville.example/d/arbres> .
                <https://ville.example/d/arbres> a dcat:Dataset ; dct:identifier "arbres" ;
                    dct:title "Arbres d'alignement"@fr ; dct:description "Les arbres des rues de la ville."@fr ;
                    dcat:distribution [ a dcat:Distribution ;
                        dcat:accessURL <https://ville.example/api/explore/v2.1/catalog/datasets/arbres/records> ;
                        dcat:accessService <https://ville.example/api/explore/v2.1/> ] ,
                      [ a dcat:Distribution ; dcat:accessURL <https://ville.example/geoserver/ows> ;
                        dcat:accessService [ a dcat:DataService ; dct:title "WMS des arbres"@fr ;
                            dcat:endpointURL <https://ville.example/geoserver/ows> ] ] .
                """));

        HarvestReport first = harvest.add("ville", partner.url("/catalog.ttl"), SourceType.DCAT);
        Map<String, Graph> stored = harvest.snapshot();
        HarvestReport second = harvest.run("ville");

        String serviceId = RecordIds.fromIdentifier(SERVICE.getURI());
        assertThat(first.rejected()).isEmpty();
        assertThat(first.counts().created()).isEqualTo(2);
        assertThat(stored).containsOnlyKeys("arbres", serviceId);
        Graph service = stored.get(serviceId);
        assertThat(service.contains(SERVICE, RDF.type.asNode(), DCAT.DataService.asNode())).isTrue();
        assertThat(service.contains(SERVICE, DCAT.servesDataset.asNode(), DATASET)).isTrue();
        assertThat(service.contains(DATASET, Node.ANY, Node.ANY)).isFalse();
        Graph dataset = stored.get("arbres");
        assertThat(dataset.contains(Node.ANY, DCAT.accessService.asNode(), SERVICE)).isTrue();
        assertThat(dataset.contains(SERVICE, Node.ANY, Node.ANY)).isFalse();
        // The blank-node WMS has no identity: it stays described inside the dataset's record.
        assertThat(dataset.find(Node.ANY, RDF.type.asNode(), DCAT.DataService.asNode()).toList()).hasSize(1);
        assertThat(first.notes()).extracting(HarvestReport.Note::note)
                .contains("repaired dct:identifier on <" + SERVICE.getURI() + ">: none given: its IRI stands as identifier");
        // The links cross records, so the official range checks cannot see the linked resource's class there.
        OfficialShapes official = OfficialShapes.load();
        stored.forEach((id, record) -> assertThat(official.violations(record)).as(id)
                .filteredOn(v -> !v.endsWith("<http://www.w3.org/ns/dcat#accessService>")
                        && !v.endsWith("<http://www.w3.org/ns/dcat#servesDataset>")).isEmpty());
        assertThat(second.counts()).isEqualTo(new HarvestReport.Counts(0, 0, 2, 0, 0, 0));
        assertThat(HarvestFixture.same(stored, harvest.snapshot())).isTrue();
    }
}
