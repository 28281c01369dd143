package fr.hautsdeseine.catalog.publish;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data service stored as a record is the catalog's dcat:service, not one of its datasets, and has a page. */
class DataServicePublicationTest {
    private static final Node SERVICE = NodeFactory.createURI("https://ville.example/api/explore/v2.1/");
    private static final String SERVICE_RECORD = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
            <https://ville.example/api/explore/v2.1/> a dcat:DataService ; dct:identifier "api-explore" ;
                dct:title "API Explore de la ville"@fr ; dct:description "Interroger les jeux de données de la ville."@fr ;
                dcat:endpointURL <https://ville.example/api/explore/v2.1/> ;
                dcat:endpointDescription <https://ville.example/api/explore/v2.1/swagger.json> .
            """;

    @TempDir
    Path dir;
    private TestCatalog catalog;

    @BeforeEach
    void start() {
        catalog = TestCatalog.start(dir);
    }

    @AfterEach
    void stop() {
        catalog.close();
    }

    @Test
    void a_data_service_record_is_listed_as_the_catalogs_service_and_shown_on_a_page() {
        HttpResponse<String> put = catalog.write("PUT", "/api/datasets/api-explore", "text/turtle", SERVICE_RECORD);

        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        Graph page = RDFParser.fromString(catalog.get("/catalog.ttl").body()).lang(Lang.TURTLE).toGraph();
        assertThat(page.contains(Node.ANY, DCAT.service.asNode(), SERVICE)).isTrue();
        assertThat(page.contains(Node.ANY, DCAT.dataset.asNode(), SERVICE)).isFalse();
        assertThat(page.contains(Node.ANY, DCAT.servesDataset.asNode(), SERVICE)).isFalse();
        HttpResponse<String> html = catalog.get("/datasets/api-explore", "Accept", "text/html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("API Explore de la ville");
    }
}
