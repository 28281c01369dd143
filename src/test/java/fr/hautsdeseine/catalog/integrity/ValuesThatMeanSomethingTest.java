package fr.hautsdeseine.catalog.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Blank texts and links that run code are refused at the door, and nothing of the record is stored. */
class ValuesThatMeanSomethingTest {
    private static final String DATASET = "https://example.org/datasets/colleges";

    @FreshCatalog
    private static TestCatalog catalog;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a blank title             | dct:title \"Collèges du département\"@fr | dct:title \"   \"@fr | Every title (dct:title) must hold text, not only white space.",
            "an empty description      | dct:description \"Liste des collèges publics et privés.\"@fr | dct:description \"\"@fr | Every description (dct:description) must hold text, not only white space.",
            "a javascript: landing page| dct:issued | dcat:landingPage <javascript:alert(document.domain)> ; dct:issued | gives <javascript:alert(document.domain)> as landingPage: an IRI of scheme 'javascript:' is never accepted",
            "a vbscript: download URL  | dcat:downloadURL <https://example.org/files/colleges.csv> | dcat:downloadURL <vbscript:msgbox(1)> | gives <vbscript:msgbox(1)> as downloadURL: an IRI of scheme 'vbscript:' is never accepted",
            "a data: contact address   | vcard:hasEmail <mailto:opendata@example.org> | vcard:hasEmail <data:text/html,hello> | gives <data:text/html,hello> as hasEmail: an IRI of scheme 'data:' is never accepted",
            "an ftp: download URL      | dcat:downloadURL <https://example.org/files/colleges.csv> | dcat:downloadURL <ftp://example.org/colleges.csv> | gives <ftp://example.org/colleges.csv> as downloadURL: only http and https links are accepted there"})
    void a_record_with_a_value_that_means_nothing_is_refused(String what, String original, String replacement, String message) {
        String body = TestCatalog.resource("/records/one-dataset.ttl").replace(original, replacement);
        assertThat(body).contains(replacement);
        Snapshot before = Snapshot.of(catalog, DATASET, "/catalog.ttl", "/datasets");

        HttpResponse<String> response = catalog.write("PUT", "/api/datasets/colleges", "text/turtle", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains(message);
        assertThat(Snapshot.of(catalog, DATASET, "/catalog.ttl", "/datasets")).isEqualTo(before);
        assertThat(catalog.server().store().recordIds()).isEmpty();
    }
}
