package fr.hautsdeseine.catalog.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scores of the demo catalog and of records written through the API, over real HTTP. */
class QualityHttpTest {
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final ObjectMapper JSON = new ObjectMapper();

    @FreshCatalog(demo = true)
    private static TestCatalog catalog;
    private static String base;

    @BeforeAll
    static void start() {
        base = catalog.server().config().baseUrl();
    }

    @Test
    void every_demo_dataset_scores_every_point_that_needs_no_network_but_the_licence_ouvertes() throws Exception {
        JsonNode quality = json("/api/quality");

        assertThat(quality.get("datasets")).hasSize(50);
        int underOdbl = 0;
        for (JsonNode dataset : quality.get("datasets")) {
            Set<String> missed = new TreeSet<>();
            dataset.get("metrics").fields().forEachRemaining(m -> {
                if (!m.getValue().asBoolean()) {
                    missed.add(m.getKey());
                }
            });
            // The Licence Ouverte is in neither the EU table nor piveau's additions: data.europa.eu does not know it.
            boolean knownLicence = dataset.get("metrics").get("knownLicence").asBoolean();
            underOdbl += knownLicence ? 1 : 0;
            assertThat(missed).as(dataset.get("id").asText()).isEqualTo(knownLicence
                    ? Set.of("accessUrlStatusCode", "downloadUrlStatusCode")
                    : Set.of("accessUrlStatusCode", "downloadUrlStatusCode", "knownLicence"));
            assertThat(dataset.get("points").asInt()).isEqualTo(knownLicence ? 325 : 315);
        }
        // Three demo datasets are under ODbL, published as the EU table's concept ODC_BL.
        assertThat(underOdbl).isEqualTo(3);
        assertThat(quality.get("catalog").get("meanPoints").asDouble()).isEqualTo((3 * 325 + 47 * 315) / 50.0);
        assertThat(quality.get("catalog").get("ratings").get("good").asInt()).isEqualTo(50);
        assertThat(quality.get("catalog").get("costliest").get(0).get("metric").asText())
                .isEqualTo("https://piveau.eu/ns/voc#accessUrlStatusCode");
    }

    @Test
    void measurements_are_dqv_in_a_public_graph_per_record() throws InterruptedException {
        HttpResponse<String> turtle = catalog.get("/datasets/archives-de-la-planete/quality", "Accept", "text/turtle");

        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(turtle.body()).contains("PREFIX pv: <https://piveau.eu/ns/voc#>");
        Graph measurements = RDFParser.fromString(turtle.body()).lang(Lang.TURTLE).toGraph();
        Node measurementOf = NodeFactory.createURI("http://www.w3.org/ns/dqv#isMeasurementOf");
        assertThat(measurements.find(Node.ANY, measurementOf, Node.ANY).toList()).hasSize(23 + 5 + 2);
        assertThat(measurements.contains(Node.ANY, measurementOf, NodeFactory.createURI(Metric.KEYWORD.iri()))).isTrue();

        String query = """
                PREFIX dqv: <http://www.w3.org/ns/dqv#>
                SELECT ?v WHERE { GRAPH <%s/graphs/quality/archives-de-la-planete> {
                  ?m dqv:isMeasurementOf <https://piveau.eu/ns/voc#scoring> ; dqv:value ?v } }""".formatted(base);
        // Scores are served first; the start-up stores the measurements right after.
        String answer = catalog.sparql(query);
        for (int attempt = 0; attempt < 300 && !answer.contains("315"); attempt++) {
            Thread.sleep(100);
            answer = catalog.sparql(query);
        }
        assertThat(answer).contains("315");
    }

    @Test
    void a_write_rescores_its_record_and_a_withdrawal_removes_its_measurements() throws Exception {
        String record = TestCatalog.resource("/records/one-dataset.ttl");
        assertThat(catalog.write("PUT", "/api/datasets/colleges", "text/turtle", record).statusCode()).isEqualTo(201);
        // No access rights (10 + 5), no rights statement (5), the Licence Ouverte (10); the distribution has no
        // dates, the dataset's count.
        assertThat(points("colleges")).isEqualTo(325 - 15 - 5 - 10);

        String withoutKeywords = record.replace("dcat:keyword \"collège\"@fr, \"éducation\"@fr ;", "");
        assertThat(catalog.write("PUT", "/api/datasets/colleges", "text/turtle", withoutKeywords).statusCode()).isEqualTo(200);
        assertThat(points("colleges")).isEqualTo(325 - 15 - 5 - 10 - 30);

        assertThat(catalog.delete("/api/datasets/colleges").statusCode()).isEqualTo(204);
        assertThat(catalog.get("/datasets/colleges/quality", "Accept", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(catalog.get("/datasets/colleges/quality", "Accept", HTML).statusCode()).isEqualTo(404);
    }

    @Test
    void the_dataset_page_shows_its_score_and_what_would_raise_it_and_the_quality_page_the_warnings() {
        HttpResponse<String> page = catalog.get("/datasets/archives-de-la-planete?lang=en", "Accept", HTML);
        HttpResponse<String> details = catalog.get("/datasets/archives-de-la-planete/quality", "Accept", HTML);

        assertThat(page.body()).contains("Metadata quality: 315 / 405 (Good)",
                "Make sure the access page answers: the link checker could not reach it.",
                "href=\"" + base + "/datasets/archives-de-la-planete/quality\"");
        assertThat(details.statusCode()).isEqualTo(200);
        assertThat(details.body()).contains("Qualité des métadonnées de « Archives de la Planète »", "<strong>315</strong> / 405",
                "Avertissements de validation", "pas encore vérifié", "<svg role=\"img\"");
    }

    @Test
    void the_dashboard_says_links_were_never_checked() {
        HttpResponse<String> dashboard = catalog.get("/quality?lang=en");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<strong>316</strong> / 405", "Links have not been checked yet",
                "Access URL answers", "Datasets to fix first", "Musée départemental Albert-Kahn",
                "<meta name=\"description\"", "<title id=\"ratings-title\">Number of datasets per rating</title>");
    }

    @Test
    void a_publishers_dashboard_is_the_catalogs_for_its_datasets_only() throws Exception {
        JsonNode quality = json("/api/quality");
        String publisher = null;
        for (JsonNode dataset : quality.get("datasets")) {
            if (dataset.get("id").asText().equals("archives-de-la-planete")) {
                publisher = dataset.get("publisher").asText();
            }
        }
        long theirs = 0;
        for (JsonNode dataset : quality.get("datasets")) {
            theirs += dataset.get("publisher").asText().equals(publisher) ? 1 : 0;
        }
        String link = "/quality?publisher=" + URLEncoder.encode(publisher, StandardCharsets.UTF_8);

        HttpResponse<String> catalogDashboard = catalog.get("/quality?lang=en");
        HttpResponse<String> dashboard = catalog.get(link + "&lang=en");
        HttpResponse<String> nobody = catalog.get("/quality?lang=en&publisher=https%3A%2F%2Fexample.org%2Fnobody");

        assertThat(catalogDashboard.body()).contains("href=\"" + base + link + "\"",
                "<title id=\"publishers-title\">Mean score per publisher, out of 405</title>");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<h1>Metadata quality of Musée départemental Albert-Kahn</h1>",
                "Publisher score", "Mean of " + theirs + " datasets", "Back to the whole catalog",
                "<title id=\"dimensions-title\">", "<title id=\"history-title\">This publisher's mean score per week</title>")
                .doesNotContain("publishers-title");
        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(nobody.body()).contains("No dataset of the catalog has the publisher https://example.org/nobody.");
    }

    @Test
    void a_link_check_needs_the_admin_token() {
        assertThat(catalog.send("POST", "/api/quality/link-checks", "application/json", new byte[0]).statusCode())
                .isEqualTo(401);
    }

    private static int points(String id) throws Exception {
        for (JsonNode dataset : json("/api/quality").get("datasets")) {
            if (dataset.get("id").asText().equals(id)) {
                return dataset.get("points").asInt();
            }
        }
        throw new AssertionError("No score for " + id);
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = catalog.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
