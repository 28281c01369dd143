package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

class PartnerTokenApiTest {
    private static final String JSON = "application/json";
    private static final String TURTLE = "text/turtle";
    private static final String MUSEE = "https://musee.example/";

    @FreshCatalog
    private TestCatalog catalog;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_token_is_shown_once_and_listed_without_its_secret() throws Exception {
        HttpResponse<String> created = catalog.write("POST", "/api/tokens", JSON, "{\"publisher\": \"" + MUSEE + "\"}");
        HttpResponse<String> list = catalog.get("/api/tokens", "Authorization", "Bearer " + TestCatalog.TOKEN);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode token = json.readTree(created.body());
        assertThat(token.get("token").asText()).hasSize(43);
        assertThat(token.get("publisher").asText()).isEqualTo(MUSEE);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(token.get("id").asText()).doesNotContain(token.get("token").asText())
                .doesNotContain("sha256");
        assertThat(java.nio.file.Files.readString(catalog.dataDir().resolve("partner-tokens.json"))).doesNotContain(token.get("token").asText());
    }

    @Test
    void a_partner_writes_and_withdraws_its_own_records() throws Exception {
        String secret = partnerToken(MUSEE);

        HttpResponse<String> put = asPartner(secret, "PUT", "/api/datasets/musee-collections", resource("musee-dataset.ttl"));
        HttpResponse<String> delete = asPartner(secret, "DELETE", "/api/datasets/musee-collections", "");

        assertThat(put.statusCode()).isEqualTo(201);
        assertThat(delete.statusCode()).isEqualTo(204);
        List<String> actions = audit("musee-collections").findValuesAsText("action");
        assertThat(actions).containsExactly("created", "withdrawn");
        assertThat(audit("musee-collections").get(0).get("who").asText()).startsWith("partner:").endsWith(" <" + MUSEE + ">");
    }

    @Test
    void a_partner_token_that_writes_another_publishers_record_gets_403_and_changes_nothing() throws Exception {
        catalog.write("PUT", "/api/datasets/archives-fonds", TURTLE, resource("archives-dataset.ttl"));
        Graph before = catalog.server().store().record("archives-fonds").orElseThrow();
        String secret = partnerToken(MUSEE);
        String hijack = resource("archives-dataset.ttl").replace("Fonds des archives", "Pris par le musée");

        HttpResponse<String> put = asPartner(secret, "PUT", "/api/datasets/archives-fonds", hijack);
        HttpResponse<String> post = asPartner(secret, "POST", "/api/datasets", resource("archives-dataset.ttl"));
        HttpResponse<String> delete = asPartner(secret, "DELETE", "/api/datasets/archives-fonds", "");
        HttpResponse<String> relabel = asPartner(secret, "PUT", "/api/datasets/archives-fonds",
                hijack.replace("<https://archives.example/>", "<" + MUSEE + ">"));

        String expected = "This token writes only records published by <" + MUSEE + ">; record 'archives-fonds'"
                + " is published by <https://archives.example/>";
        for (HttpResponse<String> response : List.of(put, post, delete, relabel)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json.readTree(response.body()).get("message").asText()).isEqualTo(expected);
        }
        assertThat(catalog.server().store().record("archives-fonds").orElseThrow().isIsomorphicWith(before)).isTrue();
        assertThat(audit("archives-fonds").findValuesAsText("who")).containsExactly("admin");
    }

    @Test
    void a_partner_token_cannot_use_the_admin_api() {
        String secret = partnerToken(MUSEE);

        HttpResponse<String> tokens = catalog.get("/api/tokens", "Authorization", "Bearer " + secret);

        assertThat(tokens.statusCode()).isEqualTo(403);
        assertThat(tokens.body()).contains("This needs the admin token; a partner token may only write its own records");
    }

    @Test
    void a_revoked_token_is_refused() throws Exception {
        HttpResponse<String> created = catalog.write("POST", "/api/tokens", JSON, "{\"publisher\": \"" + MUSEE + "\"}");
        JsonNode token = json.readTree(created.body());

        assertThat(catalog.delete("/api/tokens/" + token.get("id").asText()).statusCode()).isEqualTo(204);
        HttpResponse<String> put = asPartner(token.get("token").asText(), "PUT", "/api/datasets/musee-collections",
                resource("musee-dataset.ttl"));

        assertThat(put.statusCode()).isEqualTo(401);
        assertThat(put.body()).contains("The bearer token is not valid");
        assertThat(catalog.delete("/api/tokens/" + token.get("id").asText()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_token_needs_a_publisher_iri() {
        HttpResponse<String> response = catalog.write("POST", "/api/tokens", JSON, "{\"publisher\": \"musée\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The body needs 'publisher': the http(s) IRI of the partner's dct:publisher");
    }

    @Test
    void the_audit_log_is_filtered_by_record_and_time() throws Exception {
        catalog.write("PUT", "/api/datasets/archives-fonds", TURTLE, resource("archives-dataset.ttl"));
        catalog.write("PUT", "/api/datasets/musee-collections", TURTLE, resource("musee-dataset.ttl"));

        HttpResponse<String> future = catalog.get("/api/audit?since=2999-01-01T00:00:00Z", "Authorization", "Bearer " + TestCatalog.TOKEN);
        HttpResponse<String> bad = catalog.get("/api/audit?since=yesterday", "Authorization", "Bearer " + TestCatalog.TOKEN);

        assertThat(audit("musee-collections")).hasSize(1);
        assertThat(audit("musee-collections").get(0).get("detail").asText()).isEqualTo("PUT /api/datasets/musee-collections");
        assertThat(future.body()).isEqualTo("[]");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    private JsonNode audit(String record) throws Exception {
        HttpResponse<String> response = catalog.get("/api/audit?record=" + record, "Authorization", "Bearer " + TestCatalog.TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String partnerToken(String publisher) {
        HttpResponse<String> created = catalog.write("POST", "/api/tokens", JSON, "{\"publisher\": \"" + publisher + "\"}");
        try {
            return json.readTree(created.body()).get("token").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpResponse<String> asPartner(String secret, String method, String path, String body) {
        return catalog.send(method, path, body.isEmpty() ? null : TURTLE, body.getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + secret);
    }

    private static String resource(String name) {
        return TestCatalog.resource("/partner/" + name);
    }
}
