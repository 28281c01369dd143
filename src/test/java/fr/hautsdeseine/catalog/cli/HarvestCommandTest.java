package fr.hautsdeseine.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.harvest.PartnerCatalogs;
import fr.hautsdeseine.catalog.harvest.PartnerServer;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harvest add|list|run|preview|remove} on a real store no server holds, against a real partner server. */
class HarvestCommandTest {
    @TempDir
    Path dir;

    private Path data;
    private PartnerServer partner;
    private HarvestCli cli;

    @BeforeEach
    void start() {
        data = dir.resolve("data");
        partner = new PartnerServer();
        cli = new HarvestCli(data, Map.of());
    }

    @AfterEach
    void stop() {
        partner.close();
    }

    @Test
    void a_source_is_added_listed_run_with_progress_and_removed_with_its_records() {
        PartnerCatalogs.threePages(partner);
        String url = partner.url("/catalog.jsonld?page=1");

        int added = harvest("add", "--name", "ville", "--url", url, "--type", "dcat", "--every", "24h");
        assertThat(added).isZero();
        assertThat(cli.out()).isEqualTo("Added harvest source 'ville' (dcat, every 24h): " + url + "\n");

        assertThat(harvest("list")).isZero();
        assertThat(cli.out().lines()).containsExactly(
                "NAME   TYPE  EVERY  URL" + " ".repeat(url.length() - 1) + "LAST RUN",
                "ville  dcat  24h    " + url + "  never");

        int ran = harvest("run", "ville");
        assertThat(ran).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines.get(0)).matches("page 1 <" + java.util.regex.Pattern.quote(url) + ">: \\d+ bytes");
        assertThat(lines).anyMatch(line -> line.startsWith("page 3 <" + partner.url("/catalog.rdf?page=3") + ">: "))
                .anyMatch(line -> line.matches("ville: complete in \\d+ ms, 3 pages; 6 new, 0 updated, .*"))
                .anyMatch(line -> line.matches("Run \\S+ of 'ville': complete in \\d+ ms, 3 pages, \\d+ bytes"))
                .contains("  created 6, updated 0, unchanged 0, withdrawn 0, invalid 0, failed 0");
        assertThat(cli.err()).isEmpty();
        assertThat(recordIds()).hasSize(6).contains("1", "2", "3", "4");

        assertThat(harvest("list")).isZero();
        assertThat(cli.out()).containsPattern("ville  dcat  24h    \\S+  complete at \\S+Z: 6 new, 0 updated, 0 withdrawn, 0 rejected");

        assertThat(harvest("remove", "ville")).isZero();
        assertThat(cli.out()).isEqualTo("Removed harvest source 'ville' and withdrew its records\n");
        assertThat(recordIds()).isEmpty();
        assertThat(harvest("list")).isZero();
        assertThat(cli.out()).isEqualTo("No harvest sources.\n");
    }

    @Test
    void a_preview_prints_what_a_run_would_do_and_stores_nothing() {
        PartnerCatalogs.threePages(partner);
        harvest("add", "--name", "ville", "--url", partner.url("/catalog.jsonld?page=1"), "--type", "dcat");

        int exit = harvest("preview", "ville");

        assertThat(exit).isZero();
        assertThat(cli.out().lines())
                .anyMatch(line -> line.matches("Preview \\S+ of 'ville': complete in \\d+ ms, 3 pages, \\d+ bytes"))
                .contains("  (a dry run: the counts say what a run would do; nothing was stored or withdrawn)",
                        "  created 6, updated 0, unchanged 0, withdrawn 0, invalid 0, failed 0");
        assertThat(recordIds()).isEmpty();
        assertThat(harvest("list")).isZero();
        assertThat(cli.out()).contains("never");
    }

    @Test
    void the_report_lists_rejected_records_with_their_reasons_and_the_notes() {
        partner.on("/one.ttl", PartnerServer.body(200, "text/turtle",
                TestCatalog.resource("/harvest/catalog-with-an-invalid-record.ttl")));
        harvest("add", "--name", "ville", "--url", partner.url("/one.ttl"), "--type", "dcat");

        int exit = harvest("run", "ville");

        assertThat(exit).isZero();
        assertThat(cli.out())
                .contains("  created 1, updated 0, unchanged 0, withdrawn 0, invalid 1, failed 0\nRejected records:\n"
                        + "  bancs (invalid): ")
                .contains("dct:title on https://ville.example/d/bancs: Harvesting: a title (dct:title) is mandatory.")
                .contains("Repairs and drops in stored records:\n  parcs: dropped dct:format on the dcat:distribution of"
                        + " <https://ville.example/d/parcs> (\"Parchemin\"): text not recognised");
        assertThat(recordIds()).containsExactly("parcs");
    }

    @Test
    void a_failed_run_prints_its_errors_stores_nothing_and_exits_1() {
        harvest("add", "--name", "absente", "--url", partner.url("/missing.ttl"), "--type", "dcat");

        int exit = harvest("run", "absente");

        assertThat(exit).isEqualTo(1);
        assertThat(cli.out()).containsPattern("Run \\S+ of 'absente': failed in \\d+ ms, 0 pages, 0 bytes")
                .contains("Errors:\n  ")
                .contains(partner.url("/missing.ttl"))
                .endsWith("The run failed: nothing was stored or withdrawn.\n");
        assertThat(recordIds()).isEmpty();
    }

    @Test
    void an_unknown_source_is_named_and_exits_1() {
        assertThat(harvest("run", "nope")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("No harvest source 'nope'\n");

        assertThat(harvest("remove", "nope")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("No harvest source 'nope'\n");
    }

    @Test
    void a_taken_name_and_bad_options_are_refused_with_the_reason() {
        harvest("add", "--name", "ville", "--url", partner.url("/c.ttl"), "--type", "dcat");

        assertThat(harvest("add", "--name", "ville", "--url", partner.url("/d.ttl"), "--type", "ckan")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("A harvest source named 'ville' already exists\n");

        assertThat(harvest("add", "--name", "x", "--url", "ftp://partner.example/c.ttl", "--type", "dcat")).isEqualTo(2);
        assertThat(cli.err()).startsWith("Source URL <ftp://partner.example/c.ttl> must be an http or https URL with a host\n");
        assertThat(harvest("add", "--name", "x", "--url", partner.url("/c.ttl"), "--type", "oai")).isEqualTo(2);
        assertThat(cli.err()).startsWith("Unknown source type 'oai': use dcat, ckan, ods or csw\n");
        assertThat(harvest("add", "--name", "x", "--url", partner.url("/c.ttl"), "--type", "dcat", "--every", "often")).isEqualTo(2);
        assertThat(cli.err()).startsWith("Interval 'often' is not a duration: use 30m, 24h, 7d or PT6H\n");
    }

    private int harvest(String... args) {
        return cli.run(args);
    }

    private List<String> recordIds() {
        try (CatalogStore store = CatalogStore.open(data, new CatalogIris("http://localhost:8080"))) {
            return store.recordIds();
        }
    }
}
