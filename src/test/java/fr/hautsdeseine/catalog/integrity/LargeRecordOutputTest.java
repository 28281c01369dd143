package fr.hautsdeseine.catalog.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A record with 20,000 keywords is served whole in every syntax (the JSON-LD writer once took 78 s on
 * it, quadratic in the values of one property). Each answer holds all of them: read by both RDF toolkits,
 * except JSON-LD, read as JSON because both toolkits' JSON-LD readers are themselves quadratic in the
 * values of one property (a minute each here); smaller JSON-LD answers are read by both elsewhere.
 */
class LargeRecordOutputTest {
    private static final int KEYWORDS = 20_000;
    private static final String DATASET = "https://example.org/datasets/colleges";

    @FreshCatalog
    private static TestCatalog catalog;

    @BeforeAll
    static void start() {
        StringBuilder keywords = new StringBuilder();
        for (int i = 0; i < KEYWORDS; i++) {
            keywords.append(", \"mot-clé ").append(i).append("\"@fr");
        }
        String body = TestCatalog.resource("/records/one-dataset.ttl")
                .replace("dcat:keyword \"collège\"@fr, \"éducation\"@fr", "dcat:keyword \"collège\"@fr" + keywords);
        HttpResponse<String> put = catalog.write("PUT", "/api/datasets/colleges", "text/turtle", body);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ttl, TURTLE, TURTLE", "rdf, RDFXML, RDFXML", "nt, NTRIPLES, NTRIPLES"})
    void a_record_with_20000_keywords_is_served_whole(String extension, String jenaLang, String rdf4jFormat) throws Exception {
        HttpResponse<String> response = catalog.get("/datasets/colleges." + extension);

        assertThat(response.statusCode()).isEqualTo(200);
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new ByteArrayInputStream(body)).lang(lang(jenaLang)).parse(graph);
        Node dataset = NodeFactory.createURI(DATASET);
        assertThat(graph.find(dataset, DCAT.keyword.asNode(), Node.ANY).toList()).hasSize(KEYWORDS + 1);
        Model model = Rio.parse(new ByteArrayInputStream(body), DATASET, format(rdf4jFormat));
        assertThat(model.filter(null, org.eclipse.rdf4j.model.util.Values.iri(DCAT.keyword.getURI()), null)).hasSize(KEYWORDS + 1);
    }

    @org.junit.jupiter.api.Test
    void a_record_with_20000_keywords_is_served_whole_as_json_ld() throws Exception {
        HttpResponse<String> response = catalog.get("/datasets/colleges.jsonld");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode graph = new ObjectMapper().readTree(response.body()).get("@graph");
        JsonNode dataset = null;
        for (JsonNode node : graph) {
            if (node.get("@id").asText().equals(DATASET)) {
                dataset = node;
            }
        }
        assertThat(dataset).isNotNull();
        assertThat(dataset.get(DCAT.keyword.getURI())).hasSize(KEYWORDS + 1);
        assertThat(dataset.get(DCAT.keyword.getURI()).findValuesAsText("@value")).contains("mot-clé " + (KEYWORDS - 1));
        assertThat(dataset.get(DCAT.keyword.getURI()).findValuesAsText("@language")).containsOnly("fr");
    }

    private static Lang lang(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        };
    }

    private static RDFFormat format(String name) {
        return switch (name) {
            case "TURTLE" -> RDFFormat.TURTLE;
            case "RDFXML" -> RDFFormat.RDFXML;
            default -> RDFFormat.NTRIPLES;
        };
    }
}
