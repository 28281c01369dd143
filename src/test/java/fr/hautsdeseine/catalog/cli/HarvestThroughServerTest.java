package fr.hautsdeseine.catalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.harvest.PartnerCatalogs;
import fr.hautsdeseine.catalog.harvest.PartnerServer;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code harvest} on a data directory a real server holds: the commands go through its admin API. */
class HarvestThroughServerTest {
    @TempDir
    Path dir;

    private Path data;
    @FreshCatalog
    private TestCatalog catalog;
    private PartnerServer partner;
    private HarvestCli cli;

    @BeforeEach
    void start() {
        data = catalog.dataDir();
        partner = new PartnerServer();
        PartnerCatalogs.threePages(partner);
    }

    @AfterEach
    void stop() {
        partner.close();
    }

    @Test
    void with_the_store_held_by_the_server_add_run_list_and_remove_go_through_its_api() {
        Map<String, String> env = Map.of("CATALOG_BASE_URL", catalog.url(""), "CATALOG_ADMIN_TOKEN", TestCatalog.TOKEN);
        String url = partner.url("/catalog.jsonld?page=1");

        assertThat(harvest(env, "add", "--name", "ville", "--url", url, "--type", "dcat", "--every", "6h")).isZero();
        assertThat(cli.out()).isEqualTo("Added harvest source 'ville' (dcat, every 6h): " + url + "\n");

        int ran = harvest(env, "run", "ville");
        assertThat(ran).isZero();
        assertThat(cli.out())
                .startsWith("running through the server at " + catalog.url("") + " (no progress lines: the report comes at the end)...\n")
                .containsPattern("Run \\S+ of 'ville': complete in \\d+ ms, 3 pages, \\d+ bytes")
                .contains("  created 6, updated 0, unchanged 0, withdrawn 0, invalid 0, failed 0\n");
        assertThat(catalog.server().store().recordCount()).isEqualTo(6);

        assertThat(harvest(env, "list")).isZero();
        assertThat(cli.out()).containsPattern("ville  dcat  6h     \\S+  complete at \\S+Z: 6 new, 0 updated, 0 withdrawn, 0 rejected");

        assertThat(harvest(env, "remove", "ville")).isZero();
        assertThat(catalog.server().store().recordIds()).isEmpty();
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void server_url_may_be_given_with_the_server_option() {
        assertThat(harvest(Map.of("CATALOG_ADMIN_TOKEN", TestCatalog.TOKEN), "list", "--server", catalog.url("/"))).isZero();
        assertThat(cli.out()).isEqualTo("No harvest sources.\n");
    }

    @Test
    void a_wrong_or_missing_token_says_to_set_catalog_admin_token() {
        int wrong = harvest(Map.of("CATALOG_BASE_URL", catalog.url(""), "CATALOG_ADMIN_TOKEN", "not-the-token"), "list");

        assertThat(wrong).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("The server at " + catalog.url("") + " refused the request"
                + " (401: The bearer token is not valid): set CATALOG_ADMIN_TOKEN to the server's admin token\n");

        assertThat(harvest(Map.of("CATALOG_BASE_URL", catalog.url("")), "run", "ville")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("The server at " + catalog.url("") + " refused the request"
                + " (401: Missing 'Authorization: Bearer <token>' header): set CATALOG_ADMIN_TOKEN to the server's admin token\n");
    }

    @Test
    void an_unknown_source_and_a_taken_name_are_the_server_refusals() {
        Map<String, String> env = Map.of("CATALOG_BASE_URL", catalog.url(""), "CATALOG_ADMIN_TOKEN", TestCatalog.TOKEN);

        assertThat(harvest(env, "run", "nope")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("No harvest source 'nope'\n");
        assertThat(harvest(env, "remove", "nope")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("No harvest source 'nope'\n");

        harvest(env, "add", "--name", "ville", "--url", partner.url("/c.ttl"), "--type", "dcat");
        assertThat(harvest(env, "add", "--name", "ville", "--url", partner.url("/d.ttl"), "--type", "dcat")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("The server at " + catalog.url("") + " answered 409:"
                + " A harvest source named 'ville' already exists\n");
    }

    @Test
    void a_held_store_with_no_server_answering_says_so() {
        Path other = dir.resolve("other");
        int port = TestCatalog.freePort();
        try (CatalogStore held = CatalogStore.open(other, new CatalogIris("http://localhost:8080"))) {
            cli = new HarvestCli(other, Map.of("CATALOG_BASE_URL", "http://127.0.0.1:" + port));
            int exit = cli.run("list");

            assertThat(exit).isEqualTo(1);
            assertThat(cli.err()).startsWith("No catalog server answers at http://127.0.0.1:" + port + " (")
                    .endsWith("), yet another process holds the store in " + other
                            + ": give that server's URL with --server or CATALOG_BASE_URL, or stop that process\n");
        }
    }

    private int harvest(Map<String, String> env, String... args) {
        cli = new HarvestCli(data, env);
        return cli.run(args);
    }
}
