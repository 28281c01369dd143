package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.publish.Harvest;
import fr.hautsdeseine.catalog.publish.OutputSyntax;
import fr.hautsdeseine.catalog.publish.Parsed;
import fr.hautsdeseine.catalog.vocab.HYDRA;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Status codes, headers, filters and errors of the catalog and record routes, exactly. */
class PublicationHttpTest {
    private static final String HVD_CATEGORY = "http://data.europa.eu/bna/c_ac64a52d";

    @FreshCatalog
    TestCatalog catalog;

    @BeforeEach
    void start() {
        put("colleges", "Collèges du département", "dcat:theme <http://publications.europa.eu/resource/authority/data-theme/EDUC> ;"
                + " dct:publisher <https://example.org/publishers/cd92> ; dct:description \"Établissements <b>publics</b>\"@fr ;");
        put("routes", "Routes départementales", "dcat:theme <http://publications.europa.eu/resource/authority/data-theme/TRAN> ;"
                + " dct:publisher <https://example.org/publishers/idfm> ; dcatap:hvdCategory <" + HVD_CATEGORY + "> ;"
                + " dct:modified \"2999-01-01\"^^xsd:date ;");
        put("budget", "Budget <primitif> & comptes", "dct:publisher <https://example.org/publishers/cd92> ;");
    }

    @Test
    void the_catalog_answers_200_directly_in_turtle_when_no_accept_is_sent() {
        HttpResponse<String> response = catalog.get("/catalog");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/turtle; charset=utf-8");
        assertThat(response.headers().firstValue("Vary")).hasValue("Accept, Accept-Profile");
        assertThat(response.headers().firstValue("Location")).isEmpty();
        Graph page = Parsed.jena(response.body(), OutputSyntax.TURTLE);
        assertThat(page.contains(NodeFactory.createURI(catalog.url("/catalog.ttl")), HYDRA.totalItems.asNode(), Node.ANY)).isTrue();
    }

    @Test
    void each_syntax_has_its_exact_content_type() {
        assertThat(contentType("/catalog.ttl")).isEqualTo("text/turtle; charset=utf-8");
        assertThat(contentType("/catalog.rdf")).isEqualTo("application/rdf+xml");
        assertThat(contentType("/catalog.xml")).isEqualTo("application/rdf+xml");
        assertThat(contentType("/catalog.jsonld")).isEqualTo("application/ld+json; charset=utf-8");
        assertThat(contentType("/catalog.nt")).isEqualTo("application/n-triples; charset=utf-8");
        assertThat(contentType("/datasets/colleges.jsonld")).isEqualTo("application/ld+json; charset=utf-8");
        assertThat(catalog.get("/catalog", "Accept", "application/rdf+xml;q=0.5, application/n-triples")
                .headers().firstValue("Content-Type")).hasValue("application/n-triples; charset=utf-8");
        assertThat(catalog.get("/datasets/colleges", "Accept", "*/*").headers().firstValue("Content-Type"))
                .hasValue("text/turtle; charset=utf-8");
    }

    @Test
    void head_answers_the_headers_of_get_and_no_body() {
        for (String[] route : List.of(new String[] {"/catalog", null}, new String[] {"/catalog.jsonld", null},
                new String[] {"/catalog.rdf?page_size=1", null}, new String[] {"/datasets/colleges", null},
                new String[] {"/datasets/colleges.nt", null}, new String[] {"/datasets/colleges", "text/html"})) {
            HttpResponse<String> get = route[1] == null ? catalog.get(route[0]) : catalog.get(route[0], "Accept", route[1]);
            HttpResponse<String> head = catalog.send(request(route[0], route[1]).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

            assertThat(head.statusCode()).as(route[0]).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            for (String header : List.of("Content-Type", "ETag", "Last-Modified", "Vary")) {
                assertThat(head.headers().firstValue(header)).as("%s %s", route[0], header).isEqualTo(get.headers().firstValue(header));
            }
        }
        assertThat(catalog.send(request("/catalog.rdf", null).method("HEAD", HttpRequest.BodyPublishers.noBody()).build())
                .headers().firstValue("Content-Type")).hasValue("application/rdf+xml");
    }

    @Test
    void conditional_requests_answer_304_until_the_catalog_changes() {
        HttpResponse<String> first = catalog.get("/catalog.ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        String recordEtag = catalog.get("/datasets/colleges.ttl").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> byTag = catalog.get("/catalog.ttl", "If-None-Match", etag);
        HttpResponse<String> byDate = catalog.get("/catalog.ttl", "If-Modified-Since", lastModified);
        HttpResponse<String> olderDate = catalog.get("/catalog.ttl", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT");
        HttpResponse<String> otherSyntax = catalog.get("/catalog.nt", "If-None-Match", etag);

        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(olderDate.statusCode()).isEqualTo(200);
        assertThat(otherSyntax.statusCode()).isEqualTo(200);

        sleepPastOneSecond();
        put("musees", "Musées", "");

        HttpResponse<String> changed = catalog.get("/catalog.ttl", "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        assertThat(catalog.get("/catalog.ttl", "If-Modified-Since", lastModified).statusCode()).isEqualTo(200);
        assertThat(catalog.get("/datasets/colleges.ttl", "If-None-Match", recordEtag).statusCode()).isEqualTo(304);
    }

    @Test
    void unknown_records_and_pages_answer_404_in_the_requested_kind() {
        HttpResponse<String> rdf = catalog.get("/datasets/nope.ttl");
        HttpResponse<String> negotiated = catalog.get("/datasets/nope", "Accept", "application/ld+json");
        HttpResponse<String> html = catalog.get("/datasets/nope", "Accept", "text/html");
        HttpResponse<String> page = catalog.get("/catalog.ttl?page=2");

        assertThat(rdf.statusCode()).isEqualTo(404);
        assertThat(rdf.body()).isEqualTo("{\"status\":404,\"error\":\"Not Found\",\"message\":\"No dataset 'nope'\"}");
        assertThat(negotiated.statusCode()).isEqualTo(404);
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(html.body()).contains("<title>Page introuvable – Open Data Hauts-de-Seine</title>").contains("nope");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("\"message\":\"page 2 is past the last page, 1\"");
    }

    @Test
    void an_accept_header_nothing_matches_gets_406_listing_what_is_offered() {
        HttpResponse<String> record = catalog.get("/datasets/colleges", "Accept", "image/png");
        HttpResponse<String> page = catalog.get("/catalog", "Accept", "text/html");

        assertThat(record.statusCode()).isEqualTo(406);
        assertThat(record.body()).contains("\"message\":\"None of the types in Accept is offered here; this resource is offered as"
                + " text/turtle, application/rdf+xml, application/ld+json, application/n-triples, text/html\"");
        assertThat(page.statusCode()).isEqualTo(406);
        assertThat(page.body()).contains("this resource is offered as text/turtle, application/rdf+xml, application/ld+json,"
                + " application/n-triples\"");
    }

    @Test
    void bad_filter_values_get_400_saying_what_is_expected() {
        assertBadRequest("/catalog?modified_since=yesterday", "modified_since must be an ISO 8601 date or date-time,"
                + " like 2024-01-31 or 2024-01-31T12:00:00Z; got 'yesterday'");
        assertBadRequest("/catalog.ttl?theme=SPORT", "theme must be an IRI or a code of the EU data-theme table (AGRI, ECON,"
                + " EDUC, ENER, ENVI, GOVE, HEAL, INTR, JUST, OP_DATPRO, REGI, SOCI, TECH, TRAN); got 'SPORT'");
        assertBadRequest("/catalog.ttl?publisher=cd92", "publisher must be an IRI, like https://example.org/publishers/city; got 'cd92'");
        assertBadRequest("/catalog.ttl?hvd=yes", "hvd must be true or false; got 'yes'");
        assertBadRequest("/catalog.ttl?q=", "q must hold between 1 and 200 characters; got 0");
        assertBadRequest("/catalog.ttl?page_size=1001", "page_size must be a whole number from 1 to 1000; got '1001'");
        assertBadRequest("/catalog.ttl?page=0", "page must be a whole number from 1; got '0'");
        assertBadRequest("/catalog.ttl?after=a%2Fb", "after must be a record id (letters, digits, '-' and '_'),"
                + " as in the links of the catalog's pages; got 'a/b'");
        assertBadRequest("/catalog.ttl?page=2&after=colleges", "give page or after, not both");
        assertBadRequest("/catalog.ttl?theme=EDUC&theme=TRAN", "theme must be given once; got it 2 times");
    }

    @Test
    void filters_select_records_and_the_links_keep_them() {
        assertThat(ids("/catalog.ttl?theme=EDUC")).containsExactly("colleges");
        assertThat(ids("/catalog.ttl?theme=" + enc("http://publications.europa.eu/resource/authority/data-theme/TRAN"))).containsExactly("routes");
        assertThat(ids("/catalog.ttl?theme=" + enc(HVD_CATEGORY))).containsExactly("routes");
        assertThat(ids("/catalog.ttl?publisher=" + enc("https://example.org/publishers/cd92"))).containsExactlyInAnyOrder("colleges", "budget");
        assertThat(ids("/catalog.ttl?hvd=true")).containsExactly("routes");
        assertThat(ids("/catalog.ttl?hvd=false")).containsExactlyInAnyOrder("colleges", "budget");
        assertThat(ids("/catalog.ttl?q=COLLEGES%20departement")).containsExactly("colleges");
        assertThat(ids("/catalog.ttl?q=etablissements")).containsExactly("colleges");
        assertThat(ids("/catalog.ttl?q=nothing-like-it")).isEmpty();
        assertThat(ids("/catalog.ttl?unknown=1&q=budget")).containsExactly("budget");

        Instant between = Instant.now();
        put("musees", "Musées", "");
        assertThat(ids("/catalog.ttl?modified_since=" + enc(between.toString()))).containsExactly("musees");
        assertThat(ids("/catalog.ttl?modified_since=2001-01-31")).hasSize(4);

        List<Harvest.Page> pages = Harvest.walk(catalog, "/catalog.nt?publisher=" + enc("https://example.org/publishers/cd92")
                + "&page_size=1", OutputSyntax.N_TRIPLES);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).next()).hasValue(catalog.url("/catalog.nt?publisher=https%3A%2F%2Fexample.org%2Fpublishers%2Fcd92"
                + "&page_size=1&after=budget"));
    }

    @Test
    void served_records_get_a_landing_page_their_hvd_category_as_theme_and_no_future_modified() {
        Graph routes = Parsed.jena(catalog.get("/datasets/routes.ttl").body(), OutputSyntax.TURTLE);
        Node dataset = NodeFactory.createURI("https://example.org/datasets/routes");

        assertThat(routes.contains(dataset, DCAT.landingPage.asNode(), NodeFactory.createURI(catalog.url("/datasets/routes")))).isTrue();
        assertThat(routes.contains(dataset, DCAT.theme.asNode(), NodeFactory.createURI(HVD_CATEGORY))).isTrue();
        assertThat(routes.contains(dataset, org.apache.jena.vocabulary.DCTerms.modified.asNode(), Node.ANY)).isFalse();
        assertThat(routes.contains(dataset, org.apache.jena.vocabulary.DCTerms.identifier.asNode(), NodeFactory.createLiteralString("routes"))).isTrue();
    }

    @Test
    void a_browser_gets_an_escaped_html_page_linking_each_syntax() {
        HttpResponse<String> page = catalog.get("/datasets/budget",
                "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(page.headers().firstValue("Vary")).hasValue("Accept, Accept-Language, Cookie");
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<h1>Budget &lt;primitif&gt; &amp; comptes</h1>")
                .contains("href=\"" + catalog.url("/datasets/budget.jsonld") + "\"").doesNotContain("<primitif>");
    }

    private void assertBadRequest(String path, String message) {
        HttpResponse<String> response = catalog.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).as(path).isEqualTo("{\"status\":400,\"error\":\"Bad Request\",\"message\":\""
                + message.replace("\"", "\\\"") + "\"}");
    }

    private List<String> ids(String path) {
        List<Harvest.Page> pages = Harvest.walk(catalog, path, OutputSyntax.TURTLE);
        return pages.stream().flatMap(p -> p.recordIds().stream()).toList();
    }

    private String contentType(String path) {
        return catalog.get(path).headers().firstValue("Content-Type").orElseThrow();
    }

    private HttpRequest.Builder request(String path, String accept) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(catalog.url(path)));
        return accept == null ? builder : builder.header("Accept", accept);
    }

    private void put(String id, String title, String more) {
        String body = """
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix dcatap: <http://data.europa.eu/r5r/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://example.org/datasets/%s> a dcat:Dataset ; %s dct:identifier "%s" ; dct:title "%s"@fr .
                """.formatted(id, more, id, title);
        // Straight into the store, as a harvest would leave it: these records test what serving adds or
        // removes (a landing page, HVD themes, a future dct:modified), which validation would refuse at the door.
        var store = catalog.server().store();
        var document = new fr.hautsdeseine.catalog.ingest.RdfReader().read(
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8), fr.hautsdeseine.catalog.ingest.RdfSyntax.TURTLE,
                store.iris().documentBase());
        store.putAll(new fr.hautsdeseine.catalog.ingest.RecordSplitter(store.iris()).split(document), "test");
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void sleepPastOneSecond() {
        try {
            Thread.sleep(1100);   // Last-Modified has one-second precision
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
