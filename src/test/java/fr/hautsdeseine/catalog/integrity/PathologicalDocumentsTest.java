package fr.hautsdeseine.catalog.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each parser, the record checks and the validator fed what once overflowed their stack or memory: a
 * clear 400 or 413 naming the limit and its setting, on the anonymous validation and on the write API,
 * and nothing changes.
 */
class PathologicalDocumentsTest {
    private static final String DATASET = """
            <https://example.org/d> a <http://www.w3.org/ns/dcat#Dataset> ;
                <http://purl.org/dc/terms/identifier> "d" ; <http://purl.org/dc/terms/title> "D"@fr ;
                <http://purl.org/dc/terms/description> "%s"@fr ;
                <http://www.w3.org/ns/dcat#keyword> %s ;
                <http://example.org/p> %s .
            """;

    @FreshCatalog
    private static TestCatalog catalog;

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("JSON-LD nested 20,000 deep", "application/ld+json",
                        "{\"http://example.org/p\":".repeat(20_000) + "1" + "}".repeat(20_000),
                        400, "The document nests brackets more than 100 deep, the limit of this server (CATALOG_MAX_NESTING_DEPTH)"),
                Arguments.of("JSON arrays 100,000 deep", "application/ld+json",
                        "[".repeat(100_000) + "]".repeat(100_000),
                        400, "The document nests brackets more than 100 deep, the limit of this server (CATALOG_MAX_NESTING_DEPTH)"),
                Arguments.of("Turtle blank nodes 50,000 deep", "text/turtle",
                        DATASET.formatted("x", "\"k\"", "[ <http://example.org/p> ".repeat(50_000) + "1" + " ]".repeat(50_000)),
                        400, "The document nests brackets more than 100 deep, the limit of this server (CATALOG_MAX_NESTING_DEPTH)"),
                Arguments.of("Turtle lists 50,000 deep", "text/turtle",
                        DATASET.formatted("x", "\"k\"", "(".repeat(50_000) + ")".repeat(50_000)),
                        400, "The document nests brackets more than 100 deep, the limit of this server (CATALOG_MAX_NESTING_DEPTH)"),
                Arguments.of("RDF/XML 50,000 deep", "application/rdf+xml", deepXml(50_000),
                        400, "Record 'd' chains blank nodes more than 100 deep, the limit of this server (CATALOG_MAX_BLANK_NODE_DEPTH)"),
                Arguments.of("a blank-node chain 5,000 long", "application/n-triples", blankChain(5_000),
                        400, "Record 'd' chains blank nodes more than 100 deep, the limit of this server (CATALOG_MAX_BLANK_NODE_DEPTH)"),
                Arguments.of("a literal of 1,500,000 characters", "text/turtle",
                        DATASET.formatted("x".repeat(1_500_000), "\"k\"", "1"),
                        413, "A literal of 1500000 characters (of description) is longer than 1000000, the limit of this server (CATALOG_MAX_LITERAL_CHARS)"),
                Arguments.of("a record of 200,001 triples", "text/turtle",
                        DATASET.formatted("x", keywords(200_001), "1"),
                        413, "Record 'd' holds 200006 triples, more than 200000, the limit of this server (CATALOG_MAX_RECORD_TRIPLES)"),
                Arguments.of("XML declaring an entity", "application/rdf+xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE rdf:RDF [<!ENTITY e \"x\">]>" + deepXml(1).substring(21),
                        400, "The XML document declares entities (<!ENTITY ...>), which this server refuses: write the values in full"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void anonymous_validation_answers_the_documented_limit(String what, String type, String body, int status, String message) {
        Snapshot before = Snapshot.of(catalog, "https://example.org/d", "/catalog.ttl", "/datasets");

        HttpResponse<String> response = catalog.send("POST", "/api/validate", type, body.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(message);
        assertThat(Snapshot.of(catalog, "https://example.org/d", "/catalog.ttl", "/datasets")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void the_write_api_answers_the_documented_limit_and_stores_nothing(String what, String type, String body, int status,
                                                                       String message) {
        Snapshot before = Snapshot.of(catalog, "https://example.org/d", "/catalog.ttl", "/datasets");

        HttpResponse<String> response = catalog.send("PUT", "/api/datasets/d", type, body.getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + TestCatalog.TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains(message);
        assertThat(Snapshot.of(catalog, "https://example.org/d", "/catalog.ttl", "/datasets")).isEqualTo(before);
        assertThat(catalog.server().store().recordIds()).isEmpty();
    }

    private static String deepXml(int depth) {
        return "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns:e=\"http://example.org/\" xmlns:dct=\"http://purl.org/dc/terms/\">"
                + "<rdf:Description rdf:about=\"https://example.org/d\">"
                + "<rdf:type rdf:resource=\"http://www.w3.org/ns/dcat#Dataset\"/><dct:identifier>d</dct:identifier>"
                + "<e:p><rdf:Description>".repeat(depth) + "</rdf:Description></e:p>".repeat(depth)
                + "</rdf:Description></rdf:RDF>";
    }

    private static String blankChain(int length) {
        StringBuilder nt = new StringBuilder("""
                <https://example.org/d> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .
                <https://example.org/d> <http://purl.org/dc/terms/identifier> "d" .
                <https://example.org/d> <http://example.org/p> _:b0 .
                """);
        for (int i = 0; i < length; i++) {
            nt.append("_:b").append(i).append(" <http://example.org/p> _:b").append(i + 1).append(" .\n");
        }
        return nt.toString();
    }

    private static String keywords(int count) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "" : ", ").append("\"k").append(i).append('"');
        }
        return list.toString();
    }
}
