package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.SharedCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.publish.Harvest;
import fr.hautsdeseine.catalog.publish.OutputSyntax;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code /catalog?q=} (harvesters) and {@code /datasets?q=} (people) find the same records for the same French words. */
class TextFilterAgreementTest {
    private static final Pattern HIT = Pattern.compile("<h3><a href=\"[^\"]*/datasets/([^\"/?]+)\"");
    private static final Pattern NEXT = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"");
    private static final List<String> QUERIES = List.of("collège", "COLLEGES", "colleges", "écoles", "ecole",
            "l'eau", "eau", "d'archives", "archives", "musée", "musees", "bibliothèques", "bibliotheque", "transports",
            "déchets", "qualité de l'air", "vélos", "parcs et jardins", "budget", "élections", "l'histoire du département");

    @SharedCatalog
    private static TestCatalog catalog;

    @Test
    void the_catalog_and_the_site_search_find_the_same_records_for_french_queries() {
        int found = 0;
        for (String query : QUERIES) {
            Set<String> harvested = catalogIds(query);
            assertThat(siteIds(query)).as("q=%s", query).isEqualTo(harvested);
            found += harvested.isEmpty() ? 0 : 1;
        }

        assertThat(found).as("queries that find records").isGreaterThan(QUERIES.size() / 2);
        assertThat(catalogIds("collège")).isNotEmpty().isEqualTo(catalogIds("COLLEGES"));
        assertThat(catalogIds("musées")).isNotEmpty().isEqualTo(catalogIds("musee"));
    }

    private static Set<String> catalogIds(String query) {
        List<Harvest.Page> pages = Harvest.walk(catalog, "/catalog.ttl?page_size=7&q=" + encode(query), OutputSyntax.TURTLE);
        return new TreeSet<>(pages.stream().flatMap(p -> p.recordIds().stream()).toList());
    }

    /** Every hit of every page of the site's search, following its "next" links. */
    private static Set<String> siteIds(String query) {
        Set<String> ids = new TreeSet<>();
        String path = "/datasets?q=" + encode(query);
        while (path != null) {
            String page = catalog.get(path).body();
            Matcher hit = HIT.matcher(page);
            while (hit.find()) {
                ids.add(hit.group(1));
            }
            Matcher next = NEXT.matcher(page);
            path = next.find() ? next.group(1).replace("&amp;", "&").replaceFirst("^https?://[^/]+", "") : null;
        }
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
