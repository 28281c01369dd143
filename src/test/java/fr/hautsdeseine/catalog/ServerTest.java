package fr.hautsdeseine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {
    private static final String COUNT_DATASETS = """
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dcat:Dataset }""";

    @TempDir
    Path dir;

    @Test
    void health_answers_json_with_the_record_count() {
        try (TestCatalog catalog = TestCatalog.start(dir)) {
            HttpResponse<String> health = catalog.get("/health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            assertThat(health.body()).startsWith("{\"status\":\"UP\",\"records\":0,");
        }
    }

    @Test
    void first_start_loads_the_demo_catalog_and_a_restart_keeps_every_record() {
        long first;
        var config = TestCatalog.config(dir).withPort(TestCatalog.freePort()).withDemo(true);
        try (TestCatalog catalog = TestCatalog.start(config)) {
            first = count(catalog);
            assertThat(first).isGreaterThanOrEqualTo(40);
            assertThat(catalog.get("/health").body()).contains("\"records\":" + first);
        }

        try (TestCatalog catalog = TestCatalog.start(config)) {
            assertThat(count(catalog)).isEqualTo(first);
        }
    }

    @Test
    void vocabularies_are_loaded_into_their_graphs_with_french_and_english_labels() {
        try (TestCatalog catalog = TestCatalog.start(dir)) {
            String labels = catalog.sparql("""
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT ?label WHERE { GRAPH <%s/graphs/vocabularies/data-themes> {
                      <http://publications.europa.eu/resource/authority/data-theme/EDUC> skos:prefLabel ?label } }"""
                    .formatted(catalog.server().config().baseUrl()));

            assertThat(labels).contains("\"xml:lang\": \"fr\"").contains("\"xml:lang\": \"en\"");
        }
    }

    @Test
    void a_store_written_with_an_older_catalog_description_gets_the_current_one_and_its_registry() {
        var config = TestCatalog.config(dir).withPort(TestCatalog.freePort());
        String catalogGraph;
        try (TestCatalog catalog = TestCatalog.start(config)) {
            catalogGraph = catalog.server().config().baseUrl() + "/graphs/catalog";
        }
        try (CatalogStore store = CatalogStore.open(dir, new CatalogIris(config.baseUrl()))) {
            Graph older = GraphFactory.createDefaultGraph();
            older.add(store.iris().catalog(), DCTerms.title.asNode(), NodeFactory.createLiteralLang("Ancien catalogue", "fr"));
            store.replaceCatalogDescription(older);
        }

        try (TestCatalog catalog = TestCatalog.start(config)) {
            String titles = catalog.sparql("SELECT ?t WHERE { GRAPH <" + catalogGraph + "> { ?s <http://purl.org/dc/terms/title> ?t } }");
            String names = catalog.sparql("SELECT ?n WHERE { GRAPH <" + catalogGraph + "> { ?s <http://xmlns.com/foaf/0.1/name> ?n } }");

            assertThat(titles).doesNotContain("Ancien catalogue");
            assertThat(names).contains("Albert-Kahn");
        }
    }

    @Test
    void sparql_refuses_updates() {
        try (TestCatalog catalog = TestCatalog.start(dir)) {
            HttpResponse<String> update = catalog.send("POST", "/sparql", "application/sparql-update",
                    "INSERT DATA { <a:b> <a:c> <a:d> }".getBytes(java.nio.charset.StandardCharsets.UTF_8));

            assertThat(update.statusCode()).isBetween(400, 499);
            assertThat(catalog.sparql("ASK { <a:b> <a:c> <a:d> }")).contains("false");
        }
    }

    private static long count(TestCatalog catalog) {
        String json = catalog.sparql(COUNT_DATASETS);
        return Long.parseLong(json.replaceAll("(?s).*\"value\"\\s*:\\s*\"(\\d+)\".*", "$1"));
    }
}
