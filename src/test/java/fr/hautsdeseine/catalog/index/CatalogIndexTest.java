package fr.hautsdeseine.catalog.index;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.CatalogServer;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.store.CatalogIris;
import fr.hautsdeseine.catalog.store.CatalogStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index over the demo catalog, in a real server over a real TDB2 store. */
class CatalogIndexTest {
    private static final String EDUC = "http://publications.europa.eu/resource/authority/data-theme/EDUC";
    private static final String CSV = "http://publications.europa.eu/resource/authority/file-type/CSV";

    @TempDir
    Path dir;

    private static SearchQuery text(String text) {
        return new SearchQuery(text, Map.of(), SearchQuery.Order.RELEVANCE, 1, 100, "fr");
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::id).sorted().toList();
    }

    @Test
    void accent_case_and_plural_variants_of_a_french_word_find_the_same_datasets() {
        try (TestCatalog catalog = TestCatalog.start(TestCatalog.config(dir).withDemo(true))) {
            CatalogIndex index = catalog.server().index();

            List<String> accented = ids(index.search(text("collège")));
            List<String> plain = ids(index.search(text("colleges")));
            List<String> capital = ids(index.search(text("Collèges")));

            assertThat(accented).contains("fr-229200506-colleges-publics").isEqualTo(plain).isEqualTo(capital);
        }
    }

    @Test
    void words_are_all_required_and_query_syntax_is_taken_as_text() {
        try (TestCatalog catalog = TestCatalog.start(TestCatalog.config(dir).withDemo(true))) {
            CatalogIndex index = catalog.server().index();

            assertThat(index.search(text("collèges zzzyxw")).total()).isZero();
            assertThat(index.search(text("collège* ( ) ~ [ ] \" \\")).hits()).extracting(SearchResults.Hit::id)
                    .contains("fr-229200506-colleges-publics");
            assertThat(index.search(text("")).total()).isEqualTo(50);
        }
    }

    @Test
    void facets_combine_and_each_is_counted_as_if_it_alone_were_not_narrowed() {
        try (TestCatalog catalog = TestCatalog.start(TestCatalog.config(dir).withDemo(true))) {
            CatalogIndex index = catalog.server().index();
            long educ = index.search(new SearchQuery("", Map.of(Facet.THEME, List.of(EDUC)), SearchQuery.Order.TITLE, 1, 100, "fr")).total();

            SearchResults both = index.search(new SearchQuery("", Map.of(Facet.THEME, List.of(EDUC), Facet.FORMAT, List.of(CSV)),
                    SearchQuery.Order.TITLE, 1, 100, "fr"));

            assertThat(educ).isEqualTo(11);
            assertThat(both.total()).isPositive().isLessThanOrEqualTo(educ);
            assertThat(both.counts(Facet.THEME)).filteredOn(c -> c.value().equals(EDUC)).singleElement()
                    .extracting(SearchResults.FacetCount::count).isEqualTo(both.total());
            assertThat(both.counts(Facet.THEME).size()).isGreaterThan(1);   // other themes stay offered, with counts
            assertThat(both.hits()).extracting(SearchResults.Hit::themes).allSatisfy(themes -> assertThat(themes).contains(EDUC));
        }
    }

    @Test
    void notices_are_searched_too() {
        try (TestCatalog catalog = TestCatalog.start(TestCatalog.config(dir).withDemo(true))) {
            // "Fakir" appears only in the notice of the Archives de la Planète (its column dictionary and production).
            assertThat(ids(catalog.server().index().search(text("fakir")))).containsExactly("archives-de-la-planete");
        }
    }

    @Test
    void the_index_follows_every_write_and_withdrawal() {
        try (TestCatalog catalog = TestCatalog.start(dir)) {
            CatalogIndex index = catalog.server().index();
            catalog.write("PUT", "/api/datasets/colleges", "text/turtle", TestCatalog.resource("/records/one-dataset.ttl"));
            assertThat(ids(index.search(text("college")))).containsExactly("colleges");

            catalog.write("PUT", "/api/datasets/colleges", "text/turtle",
                    TestCatalog.resource("/records/one-dataset.ttl").replace("Collèges du département", "Gymnases du département"));
            assertThat(ids(index.search(text("college")))).containsExactly("colleges");   // still in the description
            assertThat(ids(index.search(text("gymnase")))).containsExactly("colleges");

            catalog.delete("/api/datasets/colleges");
            assertThat(index.search(text("college")).total()).isZero();
        }
    }

    @Test
    void a_missing_index_is_rebuilt_and_a_stale_one_brought_up_to_date_at_start_up() throws IOException {
        // One base URL for every start: records are stored under it.
        String base = "http://catalog.test";
        try (TestCatalog catalog = TestCatalog.start(TestCatalog.config(dir).withBaseUrl(base).withDemo(true))) {
            assertThat(catalog.server().index().search(text("")).total()).isEqualTo(50);
        }
        deleteTree(dir.resolve(CatalogServer.INDEX_DIRECTORY));
        try (TestCatalog catalog = TestCatalog.start(TestCatalog.config(dir).withBaseUrl(base))) {
            assertThat(catalog.server().index().search(text("")).total()).isEqualTo(50);
            assertThat(ids(catalog.server().index().search(text("fakir")))).containsExactly("archives-de-la-planete");
        }
        // A write made while no server ran (the command line's import, for one) leaves the index stale.
        try (CatalogStore store = CatalogStore.open(dir, new CatalogIris(base))) {
            assertThat(store.withdraw("archives-de-la-planete")).isTrue();
        }
        try (TestCatalog catalog = TestCatalog.start(TestCatalog.config(dir).withBaseUrl(base))) {
            assertThat(catalog.server().index().search(text("")).total()).isEqualTo(49);
            assertThat(catalog.server().index().search(text("fakir")).total()).isZero();
        }
    }

    @Test
    void an_index_that_notes_the_last_change_log_entry_is_trusted_at_start_up() {
        String base = "http://catalog.test";
        try (TestCatalog catalog = TestCatalog.start(TestCatalog.config(dir).withBaseUrl(base).withDemo(true))) {
            assertThat(catalog.server().index().search(text("")).total()).isEqualTo(50);
        }
        // Removed behind the store's back, so the change log has no entry for it: a start that trusts the index does not notice.
        try (CatalogStore store = CatalogStore.open(dir, new CatalogIris(base))) {
            Txn.executeWrite(store.datasetGraph(), () ->
                    store.datasetGraph().removeGraph(store.iris().recordGraph("archives-de-la-planete")));
        }
        try (TestCatalog catalog = TestCatalog.start(TestCatalog.config(dir).withBaseUrl(base))) {
            assertThat(ids(catalog.server().index().search(text("fakir")))).containsExactly("archives-de-la-planete");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
