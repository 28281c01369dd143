package fr.hautsdeseine.catalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each fault leaves the catalog exactly as it was, and a report that says what happened. */
class HarvestFaultTest {
    @TempDir
    Path dir;

    private PartnerServer partner;
    private HarvestFixture harvest;
    private Map<String, Graph> before;

    @BeforeEach
    void harvestOnceCleanly() {
        partner = new PartnerServer();
        harvest = new HarvestFixture(dir);
        PartnerCatalogs.threePages(partner);
        assertThat(harvest.add("ville", partner.url("/catalog.jsonld?page=1"), SourceType.DCAT).complete()).isTrue();
        before = harvest.snapshot();
        assertThat(before).hasSize(6);
    }

    @AfterEach
    void stop() {
        harvest.close();
        partner.close();
    }

    @Test
    void a_source_that_times_out_changes_nothing() {
        partner.on("/catalog.jsonld?page=2", PartnerServer.slow(2_000, PartnerServer.body(200, PartnerCatalogs.JSONLD, "[]")));

        HarvestReport report = harvest.run("ville");

        assertUnchanged(report, "<" + partner.url("/catalog.jsonld?page=2") + "> did not answer within 0.7 s (2 attempts)");
    }

    @Test
    void a_500_on_page_3_changes_nothing_and_withdraws_nothing() {
        partner.on("/catalog.rdf?page=3", PartnerServer.body(500, "text/plain", "boom"));

        HarvestReport report = harvest.run("ville");

        assertUnchanged(report, "<" + partner.url("/catalog.rdf?page=3") + "> answered 500 (2 attempts)");
        assertThat(report.pages()).isEqualTo(2);
    }

    @Test
    void malformed_rdf_changes_nothing() {
        partner.on("/catalog.rdf?page=3", PartnerServer.body(200, "application/rdf+xml", "<rdf:RDF><broken"));

        HarvestReport report = harvest.run("ville");

        assertThat(report.errors()).singleElement().asString()
                .startsWith("page <" + partner.url("/catalog.rdf?page=3") + "> is not well-formed application/rdf+xml: line 1, column ");
        assertUnchanged(report, report.errors().get(0));
    }

    @Test
    void a_redirect_loop_changes_nothing() {
        partner.on("/catalog.jsonld?page=2", PartnerServer.redirect("/moved"));
        partner.on("/moved", PartnerServer.redirect("/catalog.jsonld?page=2"));

        HarvestReport report = harvest.run("ville");

        assertUnchanged(report, "redirect loop: " + partner.url("/catalog.jsonld?page=2") + " -> " + partner.url("/moved")
                + " -> " + partner.url("/catalog.jsonld?page=2"));
    }

    @Test
    void a_few_redirects_are_followed() {
        partner.on("/catalog.jsonld?page=2", PartnerServer.redirect("/moved"));
        partner.on("/moved", PartnerServer.body(200, PartnerCatalogs.JSONLD,
                PartnerCatalogs.pageTwoWithNext(partner.url("/catalog.rdf?page=3"))));

        HarvestReport report = harvest.run("ville");

        assertThat(report.complete()).isTrue();
        assertThat(report.counts().unchanged()).isEqualTo(6);
    }

    @Test
    void an_endless_body_is_cut_at_the_page_limit_and_changes_nothing() {
        partner.on("/catalog.rdf?page=3", PartnerServer.endless("application/n-triples"));

        HarvestReport report = harvest.run("ville");

        assertUnchanged(report, "<" + partner.url("/catalog.rdf?page=3") + "> is too large: the body is larger than 200000 bytes");
    }

    @Test
    void a_paging_loop_changes_nothing() {
        partner.on("/catalog.jsonld?page=2", PartnerServer.body(200, PartnerCatalogs.JSONLD,
                PartnerCatalogs.pageTwoWithNext(partner.url("/catalog.jsonld?page=1"))));

        HarvestReport report = harvest.run("ville");

        assertUnchanged(report, "paging loop: the next page <" + partner.url("/catalog.jsonld?page=1") + "> was already read");
    }

    @Test
    void a_source_with_more_pages_than_the_limit_changes_nothing() {
        harvest.close();
        harvest = new HarvestFixture(dir, HarvestFixture.LIMITS.withSizeLimits(200_000, 2_000_000, 2));

        HarvestReport report = harvest.run("ville");

        assertUnchanged(report, "the source has more than 2 pages (CATALOG_HARVEST_MAX_PAGES); next page <"
                + partner.url("/catalog.rdf?page=3") + "> not fetched");
    }

    private void assertUnchanged(HarvestReport report, String error) {
        assertThat(report.complete()).isFalse();
        assertThat(report.errors()).containsExactly(error);
        assertThat(report.counts()).isEqualTo(new HarvestReport.Counts(0, 0, 0, 0, 0, 0));
        assertThat(HarvestFixture.same(before, harvest.snapshot())).isTrue();
        assertThat(harvest.service.reports("ville", 1)).singleElement().isEqualTo(report);
    }
}
