package fr.hautsdeseine.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.validation.OfficialShapes;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A GeoNetwork CSW 2.0.2 catalogue, as real GeoNetwork pages answer GetRecords, paged with startPosition and nextRecord. */
class CswHarvestTest {
    private static final String GEODCAT_AP = "http://data.europa.eu/930/";

    @TempDir
    Path dir;

    private PartnerServer partner;
    private HarvestFixture harvest;

    @BeforeEach
    void start() {
        partner = new PartnerServer();
        harvest = new HarvestFixture(dir);
    }

    @AfterEach
    void stop() {
        harvest.close();
        partner.close();
    }

    @ParameterizedTest(name = "{0} output")
    @CsvSource({"dcat, ''", "geodcatap, '?outputSchema=http%3A%2F%2Fdata.europa.eu%2F930%2F'"})
    void every_page_is_read_along_next_record_and_its_six_records_stored_conforming(String output, String query) {
        URI endpoint = URI.create(partner.url("/geonetwork/srv/fre/csw" + query));
        for (int start : new int[] {1, 3, 5}) {
            URI page = CswReader.pageUrl(endpoint, start);
            partner.on(page.getRawPath() + "?" + page.getRawQuery(), PartnerServer.body(200, "application/xml",
                    PartnerCatalogs.fixture("csw/udata--geonetwork-" + output + "-page-" + start + ".xml")));
        }

        HarvestReport first = harvest.add("geo2france", endpoint.toString(), SourceType.CSW);
        Map<String, Graph> stored = harvest.snapshot();
        HarvestReport second = harvest.run("geo2france");

        assertThat(first.errors()).isEmpty();
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.rejected()).isEmpty();
        assertThat(first.counts().created()).isEqualTo(6);
        OfficialShapes official = OfficialShapes.load();
        stored.forEach((id, record) -> assertThat(official.violations(record)).as(id).isEmpty());
        assertThat(second.counts().unchanged()).isEqualTo(6);
        assertThat(HarvestFixture.same(stored, harvest.snapshot())).isTrue();
    }

    @Test
    void the_get_records_request_asks_for_the_dcat_output_from_start_position_1() {
        URI page = CswReader.pageUrl(URI.create("https://geo.example/csw"), 1);

        assertThat(page.toString()).isEqualTo("https://geo.example/csw?service=CSW&version=2.0.2&request=GetRecords"
                + "&typeNames=csw:Record&resultType=results&elementSetName=full&outputSchema="
                + URLEncoder.encode("http://www.w3.org/ns/dcat#", StandardCharsets.UTF_8) + "&startPosition=1&maxRecords=10");
    }

    @Test
    void a_page_with_a_dtd_is_refused_and_nothing_it_names_is_read() {
        URI endpoint = URI.create(partner.url("/csw"));
        URI page = CswReader.pageUrl(endpoint, 1);
        partner.on(page.getRawPath() + "?" + page.getRawQuery(), PartnerServer.body(200, "application/xml", """
                <?xml version="1.0"?>
                <!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <csw:GetRecordsResponse xmlns:csw="http://www.opengis.net/cat/csw/2.0.2">&secret;</csw:GetRecordsResponse>
                """));

        HarvestReport report = harvest.add("geo", endpoint.toString(), SourceType.CSW);

        assertThat(report.complete()).isFalse();
        assertThat(report.errors()).singleElement().asString().startsWith("page <" + page + "> is not well-formed XML: ")
                .contains("DOCTYPE");
        assertThat(harvest.store.recordIds()).isEmpty();
    }
}
