package fr.hautsdeseine.catalog.index;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /catalog?q=} and {@code /datasets?q=} find the same records for the same words: both ask the one
 * index, with one analyzer and one query builder. French queries as people type them: accents or not,
 * singular or plural, elided articles, capitals, several words.
 */
class SameTextAnswersTest {
    private static final List<String> QUERIES = List.of("collège", "colleges", "Collèges", "COLLEGE", "l'école",
            "écoles", "ecole", "d'archives", "archive", "bibliothèques", "bibliotheque", "élections", "electoral",
            "parcs et jardins", "qualité de l'air", "l'eau", "transports", "budget", "musées", "Hauts-de-Seine",
            "subventions aux associations", "zzzyxw");

    @TempDir
    Path dir;

    @Test
    void the_catalog_and_the_site_find_the_same_records_for_each_french_query() {
        try (TestCatalog catalog = TestCatalog.start(TestCatalog.config(dir).withDemo(true))) {
            int found = 0;
            int narrowed = 0;
            for (String query : QUERIES) {
                Set<String> site = siteIds(catalog, query);
                Set<String> pages = catalogIds(catalog, query);

                assertThat(pages).as("/catalog?q=%s against /datasets?q=%s", query, query).isEqualTo(site);
                found += site.isEmpty() ? 0 : 1;
                narrowed += !site.isEmpty() && site.size() < 50 ? 1 : 0;
            }
            // Neither all empty nor all the catalog: the comparison means something.
            assertThat(found).isGreaterThanOrEqualTo(10);
            assertThat(narrowed).isGreaterThanOrEqualTo(10);
            assertThat(siteIds(catalog, "zzzyxw")).isEmpty();
            assertThat(siteIds(catalog, "collège")).isEqualTo(siteIds(catalog, "colleges")).contains("fr-229200506-colleges-publics");
        }
    }

    /** The record ids every page of the site's search lists, following its pages. */
    private static Set<String> siteIds(TestCatalog catalog, String query) {
        String base = catalog.server().config().baseUrl().toString().replaceAll("/$", "");
        Pattern link = Pattern.compile("href=\"" + Pattern.quote(base) + "/datasets/([^\"/?#]+)\"");
        Set<String> ids = new TreeSet<>();
        for (int page = 1; page < 20; page++) {
            HttpResponse<String> answer = catalog.get("/datasets?q=" + encode(query) + "&page=" + page);
            assertThat(answer.statusCode()).isEqualTo(200);
            Matcher found = link.matcher(answer.body());
            int before = ids.size();
            while (found.find()) {
                ids.add(found.group(1));
            }
            if (ids.size() == before || !answer.body().contains("rel=\"next\"")) {
                break;
            }
        }
        return ids;
    }

    /** The record ids of the catalog's filtered pages (one page holds the whole demo catalog). */
    private static Set<String> catalogIds(TestCatalog catalog, String query) {
        HttpResponse<String> answer = catalog.get("/catalog.ttl?page_size=100&q=" + encode(query));
        assertThat(answer.statusCode()).isEqualTo(200);
        Graph page = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(answer.body())).lang(Lang.TURTLE).parse(page);
        String prefix = catalog.server().store().iris().catalogRecordPrefix();
        Set<String> ids = new TreeSet<>();
        page.find(Node.ANY, RDF.type.asNode(), DCAT.CatalogRecord.asNode()).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(prefix)) {
                ids.add(t.getSubject().getURI().substring(prefix.length()));
            }
        });
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
