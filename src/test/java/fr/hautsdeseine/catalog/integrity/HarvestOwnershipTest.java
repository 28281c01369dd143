package fr.hautsdeseine.catalog.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.harvest.PartnerServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A harvested partner catalog, with no token at all, is held to the same rules as a record sent to the API. */
class HarvestOwnershipTest {
    private static final String DEPARTEMENT = "/publishers/departement-des-hauts-de-seine";

    @FreshCatalog(demo = true)
    private TestCatalog catalog;
    private PartnerServer partner;
    private String base;

    @BeforeEach
    void start() {
        partner = new PartnerServer();
        base = catalog.server().config().baseUrl();
    }

    @AfterEach
    void stop() {
        partner.close();
    }

    @Test
    void a_partner_catalog_cannot_rename_the_departements_publisher_nor_retitle_the_catalog() throws Exception {
        partner.on("/catalog.ttl", PartnerServer.body(200, "text/turtle", """
                @prefix dcat: <http://www.w3.org/ns/dcat#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                <https://ville.example/datasets/arbres> a dcat:Dataset ;
                    dct:identifier "arbres" ; dct:title "Arbres"@fr ; dct:description "Les arbres de la ville."@fr ;
                    dct:publisher <%1$s%2$s> .
                <%1$s%2$s> a foaf:Agent ; foaf:name "Département piraté"@fr .
                <https://ville.example/datasets/bancs> a dcat:Dataset ;
                    dct:identifier "bancs" ; dct:title "Bancs"@fr ; dct:description "Les bancs de la ville."@fr ;
                    dct:isPartOf <%1$s/catalog> ;
                    dct:publisher <https://ville.example/> .
                <https://ville.example/> a foaf:Agent ; foaf:name "Ville"@fr .
                <%1$s/catalog> dct:title "Catalogue piraté"@fr .
                """.formatted(base, DEPARTEMENT)));
        Snapshot publisherBefore = Snapshot.of(catalog, base + DEPARTEMENT, DEPARTEMENT);
        Snapshot catalogBefore = Snapshot.of(catalog, base + "/catalog", "/catalog.ttl?page_size=1");

        catalog.write("POST", "/api/harvest/sources", "application/json",
                "{\"name\": \"ville\", \"url\": \"" + partner.url("/catalog.ttl") + "\", \"type\": \"dcat\"}");
        HttpResponse<String> run = catalog.write("POST", "/api/harvest/sources/ville/runs", "application/json", "");

        assertThat(run.statusCode()).isEqualTo(200);
        JsonNode report = new ObjectMapper().readTree(run.body());
        assertThat(report.get("counts").get("created").asInt()).as(run.body()).isEqualTo(1);
        assertThat(report.get("rejected").toString()).contains("Record 'bancs' states triples about <" + base
                + "/catalog>, which is the catalog itself");
        assertThat(catalog.get("/datasets/arbres.ttl").body()).contains("Département des Hauts-de-Seine")
                .doesNotContain("piraté");
        assertThat(Snapshot.of(catalog, base + DEPARTEMENT, DEPARTEMENT).sparqlAbout()).isEqualTo(publisherBefore.sparqlAbout());
        assertThat(Snapshot.of(catalog, base + DEPARTEMENT, DEPARTEMENT).pages().get(0))
                .doesNotContain("piraté").contains("Département des Hauts-de-Seine");
        assertThat(Snapshot.of(catalog, base + "/catalog", "/catalog.ttl?page_size=1").sparqlAbout())
                .isEqualTo(catalogBefore.sparqlAbout());
        assertThat(catalog.sparql("SELECT ?t WHERE { ?s <http://purl.org/dc/terms/title> ?t }")).doesNotContain("piraté");
    }
}
