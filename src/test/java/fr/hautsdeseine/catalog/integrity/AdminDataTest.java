package fr.hautsdeseine.catalog.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Harvest sources, tokens and the audit log stay out of public view; source credentials are never shown back. */
class AdminDataTest {
    private static final String SECRET_URL = "http://harvester:s3cret-pass@127.0.0.1:9/catalog.ttl?apikey=k3y-value&page=1";

    @TempDir
    Path dir;

    @Test
    void a_source_url_with_credentials_is_neither_public_nor_shown_back_in_full() {
        try (TestCatalog catalog = TestCatalog.start(dir)) {
            String base = catalog.server().config().baseUrl();
            HttpResponse<String> added = catalog.write("POST", "/api/harvest/sources", "application/json",
                    "{\"name\": \"ville\", \"url\": \"" + SECRET_URL + "\", \"type\": \"dcat\"}");
            HttpResponse<String> run = catalog.write("POST", "/api/harvest/sources/ville/runs", "application/json", "");
            HttpResponse<String> list = catalog.get("/api/harvest/sources", "Authorization", "Bearer " + TestCatalog.TOKEN);
            HttpResponse<String> page = catalog.get("/admin/harvest", "Authorization", "Bearer " + TestCatalog.TOKEN);

            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            for (HttpResponse<String> shown : java.util.List.of(added, run, list, page)) {
                assertThat(shown.body()).as(shown.uri().toString()).doesNotContain("s3cret").doesNotContain("k3y-value");
            }
            assertThat(list.body()).contains("http://harvester:***@127.0.0.1:9/catalog.ttl?apikey=***&page=1");
            assertThat(catalog.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"s3cret\")) }"))
                    .containsPattern("\"value\"\\s*:\\s*\"0\"");
            assertThat(catalog.sparql("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }"
                    + " FILTER(STRSTARTS(STR(?g), \"" + base + "/graphs/private/\")) }"))
                    .containsPattern("\"value\"\\s*:\\s*\"0\"");
            assertThat(catalog.sparql("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + base + "/graphs/private/harvest-sources>"
                    + " { ?s ?p ?o } }")).containsPattern("\"value\"\\s*:\\s*\"0\"");
            // The harvester still has the whole URL, in the private graph.
            assertThat(catalog.server().store().harvestSources().find().toList().toString()).contains("s3cret-pass");
        }
    }

    @Test
    void tokens_and_the_audit_log_are_readable_by_the_servers_user_only() throws Exception {
        try (TestCatalog catalog = TestCatalog.start(dir)) {
            HttpResponse<String> token = catalog.write("POST", "/api/tokens", "application/json",
                    "{\"publisher\": \"https://musee.example/\"}");
            catalog.write("PUT", "/api/datasets/colleges", "text/turtle", TestCatalog.resource("/records/one-dataset.ttl"));

            assertThat(token.statusCode()).isEqualTo(201);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("partner-tokens.json"))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("audit.jsonl"))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void harvest_sources_of_an_older_store_move_to_the_private_graph_at_start_up() {
        CatalogIris iris = new CatalogIris("http://localhost:8080");
        Node former = NodeFactory.createURI("http://localhost:8080/graphs/harvest/sources");
        Node source = iris.harvestSource("ville");
        try (CatalogStore store = CatalogStore.open(dir, iris)) {
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(former, source,
                    NodeFactory.createURI("http://www.w3.org/ns/dcat#endpointURL"), NodeFactory.createURI(SECRET_URL)));
        }

        try (CatalogStore store = CatalogStore.open(dir, iris)) {
            assertThat(store.harvestSources().contains(source, Node.ANY, NodeFactory.createURI(SECRET_URL))).isTrue();
            boolean formerLeft = store.read(dsg -> dsg.contains(former, Node.ANY, Node.ANY, Node.ANY));
            assertThat(formerLeft).isFalse();
            assertThat(iris.harvestSourcesGraph().getURI()).isEqualTo("http://localhost:8080/graphs/private/harvest-sources");
        }
    }
}
