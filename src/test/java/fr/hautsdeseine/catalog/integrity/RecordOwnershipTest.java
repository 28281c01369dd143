package fr.hautsdeseine.catalog.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A record speaks only for itself, whatever it is sent with: each finding of the integrity review, over HTTP. */
class RecordOwnershipTest {
    private static final String TURTLE = "text/turtle";
    private static final String PREFIXES = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix hds: <https://opendata.hauts-de-seine.fr/ns/catalog#> .
            """;
    static final String MUSEE = "/publishers/musee-departemental-albert-kahn";
    static final String ARCHIVES = "/publishers/archives-departementales-des-hauts-de-seine";

    @FreshCatalog(demo = true)
    private TestCatalog catalog;
    private String base;

    @BeforeEach
    void start() {
        base = catalog.server().config().baseUrl();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the catalog               | /catalog                                                    | is the catalog itself",
            "the catalog graph         | /graphs/catalog                                             | is a graph of the server's store",
            "a catalog record          | /records/colleges                                           | is a catalog record, which the server alone writes",
            "a registry publisher      | /publishers/departement-des-hauts-de-seine                  | the portal's registry (the catalog graph) describes it",
            "a theme concept           | http://publications.europa.eu/resource/authority/data-theme/EDUC | is a concept of the vocabulary",
            "another record's publisher| https://example.org/publishers/cd92                         | is the publisher of record 'colleges'"})
    void a_dataset_iri_that_is_not_the_records_own_is_refused(String what, String iri, String reason) {
        catalog.write("PUT", "/api/datasets/colleges", TURTLE, resource("one-dataset.ttl"));
        String dataset = iri.startsWith("/") ? base + iri : iri;
        Snapshot before = Snapshot.of(catalog, dataset, "/catalog.ttl", "/datasets");

        HttpResponse<String> response = catalog.write("PUT", "/api/datasets/intrus", TURTLE, dataset(dataset, "intrus", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Record 'intrus' names <" + dataset + "> as its dataset, but")
                .contains(reason);
        assertThat(Snapshot.of(catalog, dataset, "/catalog.ttl", "/datasets")).isEqualTo(before);
    }

    @Test
    void another_records_dataset_iri_is_a_conflict() {
        String dataset = base + "/datasets/fr-229200506-carte-scolaire-colleges-publics-secteurs";
        Snapshot before = Snapshot.of(catalog, dataset, "/datasets/fr-229200506-carte-scolaire-colleges-publics-secteurs.ttl", "/catalog.ttl");

        HttpResponse<String> response = catalog.write("PUT", "/api/datasets/copie", TURTLE,
                dataset(dataset, "copie", ""));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("Record 'copie' names the dataset <" + dataset
                + ">, which belongs to record 'fr-229200506-carte-scolaire-colleges-publics-secteurs'");
        assertThat(Snapshot.of(catalog, dataset, "/datasets/fr-229200506-carte-scolaire-colleges-publics-secteurs.ttl", "/catalog.ttl")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the catalog's title      | <%1$s/catalog> dct:title \"Catalogue piraté\"@fr .                | <%1$s/catalog>, which is the catalog itself",
            "another dataset's title  | <%1$s/datasets/fr-229200506-carte-scolaire-colleges-publics-secteurs> dct:title \"Piraté\"@fr . | the dataset of record 'fr-229200506-carte-scolaire-colleges-publics-secteurs'",
            "a theme concept's label  | <http://publications.europa.eu/resource/authority/data-theme/EDUC> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Piraté\"@fr . | a concept of the vocabulary",
            "a forged origin          | <%1$s/datasets/intrus> hds:origin \"demo\" .                    | states <https://opendata.hauts-de-seine.fr/ns/catalog#origin> about <%1$s/datasets/intrus>: the server alone writes it",
            "a second primary topic   | <%1$s/datasets/intrus> dct:relation [ foaf:primaryTopic <%1$s/datasets/intrus> ] . | states foaf:primaryTopic <%1$s/datasets/intrus> on a blank node",
            "another catalog record   | <%1$s/records/fr-229200506-carte-scolaire-colleges-publics-secteurs> dct:modified \"2030-01-01\" . | a catalog record, which the server alone writes"})
    void statements_about_what_the_record_does_not_own_are_refused(String what, String extra, String message) {
        String attacked = subjectOf(extra.formatted(base));
        String page = attacked.contains("/datasets/colleges") ? "/datasets/fr-229200506-carte-scolaire-colleges-publics-secteurs.ttl" : "/catalog.ttl";
        Snapshot before = Snapshot.of(catalog, attacked, page, "/datasets");

        HttpResponse<String> response = catalog.write("PUT", "/api/datasets/intrus", TURTLE,
                dataset(base + "/datasets/intrus", "intrus", linked(extra.formatted(base))));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Record 'intrus' ").contains(message.formatted(base));
        assertThat(Snapshot.of(catalog, attacked, page, "/datasets")).isEqualTo(before);
    }

    @Test
    void a_partner_cannot_rename_another_publisher_of_the_registry() throws Exception {
        String secret = partnerToken(base + ARCHIVES);
        Snapshot before = Snapshot.of(catalog, base + MUSEE, MUSEE);
        String body = dataset(base + "/datasets/fonds-photo", "fonds-photo",
                "<" + base + MUSEE + "> foaf:name \"Musée piraté\"@fr .")
                .replace("dct:publisher <" + base + "/publishers/departement-des-hauts-de-seine>",
                        "dct:publisher <" + base + ARCHIVES + ">")
                + "<" + base + "/datasets/fonds-photo> dct:creator <" + base + MUSEE + "> .\n";

        HttpResponse<String> response = catalog.send("PUT", "/api/datasets/fonds-photo", TURTLE,
                body.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + secret);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(catalog.get("/datasets/fonds-photo.ttl").body()).contains("Musée départemental Albert-Kahn")
                .doesNotContain("piraté");
        assertThat(Snapshot.of(catalog, base + MUSEE, MUSEE).sparqlAbout()).isEqualTo(before.sparqlAbout());
        assertThat(Snapshot.of(catalog, base + MUSEE, MUSEE).pages()).isEqualTo(before.pages());
    }

    @Test
    void a_partner_cannot_rename_another_partners_publisher_outside_the_registry() throws Exception {
        String ville = "https://www.ville.example/";
        String musee = "https://www.musee.example/";
        String villeToken = partnerToken(ville);
        String museeToken = partnerToken(musee);
        HttpResponse<String> own = catalog.send("PUT", "/api/datasets/bancs", TURTLE, publishedBy(
                dataset(base + "/datasets/bancs", "bancs", "<" + ville + "> a foaf:Agent ; foaf:name \"Ville\"@fr ."), ville)
                .getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + villeToken);
        String before = catalog.sparql("SELECT ?n WHERE { <" + ville + "> <http://xmlns.com/foaf/0.1/name> ?n }");

        HttpResponse<String> attack = catalog.send("PUT", "/api/datasets/vitraux", TURTLE, publishedBy(
                dataset(base + "/datasets/vitraux", "vitraux", "<" + musee + "> a foaf:Agent ; foaf:name \"Musée\"@fr .\n"
                        + "<" + ville + "> a foaf:Agent ; foaf:name \"Ville piratée\"@fr .\n"
                        + "<" + base + "/datasets/vitraux> dct:creator <" + ville + "> ."), musee)
                .getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + museeToken);

        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        assertThat(attack.statusCode()).as(attack.body()).isEqualTo(201);
        assertThat(catalog.get("/datasets/vitraux.ttl").body()).contains("\"Ville\"@fr").doesNotContain("piratée");
        assertThat(catalog.sparql("SELECT ?n WHERE { <" + ville + "> <http://xmlns.com/foaf/0.1/name> ?n }"))
                .isEqualTo(before).doesNotContain("piratée");
    }

    /** The dataset as published by {@code publisher} instead of the Département. */
    private String publishedBy(String turtle, String publisher) {
        return turtle.replace("dct:publisher <" + base + "/publishers/departement-des-hauts-de-seine>",
                "dct:publisher <" + publisher + ">");
    }

    /** A minimal dataset of the portal profile, published by the Département, with extra Turtle after it. */
    private String dataset(String iri, String identifier, String extra) {
        return PREFIXES + """
                <%1$s> a dcat:Dataset ;
                    dct:identifier "%2$s" ;
                    dct:title "Jeu %2$s"@fr ;
                    dct:description "Un jeu de données de test."@fr ;
                    dct:publisher <%3$s/publishers/departement-des-hauts-de-seine> ;
                    dcat:theme <http://publications.europa.eu/resource/authority/data-theme/EDUC> ;
                    dct:accrualPeriodicity <http://publications.europa.eu/resource/authority/frequency/ANNUAL> ;
                    dcat:distribution <%1$s#csv> .
                <%1$s#csv> a dcat:Distribution ;
                    dcat:accessURL <https://example.org/files/%2$s.csv> ;
                    dct:license <https://www.etalab.gouv.fr/licence-ouverte-open-licence> .
                """.formatted(iri, identifier, base) + extra + "\n";
    }

    /** Extra triples about another subject, linked from the dataset so that they are part of its record. */
    private String linked(String extra) {
        String subject = subjectOf(extra);
        return extra + (subject.startsWith("_:") || subject.endsWith("/datasets/intrus") ? ""
                : "\n<" + base + "/datasets/intrus> dct:relation <" + subject + "> .");
    }

    private static String subjectOf(String turtle) {
        return turtle.startsWith("<") ? turtle.substring(1, turtle.indexOf('>')) : "_:blank";
    }

    private String partnerToken(String publisher) throws Exception {
        HttpResponse<String> created = catalog.write("POST", "/api/tokens", "application/json",
                "{\"publisher\": \"" + publisher + "\"}");
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).get("token").asText();
    }

    private static String resource(String name) {
        return TestCatalog.resource("/records/" + name);
    }
}
