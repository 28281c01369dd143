package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.publish.Harvest;
import fr.hautsdeseine.catalog.publish.OutputSyntax;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Atom feeds, read with ROME, and the pages that link them. */
class AtomFeedTest {
    private static final Pattern FEED_LINK = Pattern.compile(
            "<link rel=\"alternate\" type=\"application/atom\\+xml\" title=\"[^\"]*\" href=\"([^\"]+)\">");

    @FreshCatalog(demo = true)
    static TestCatalog catalog;

    @Test
    void the_site_wide_feed_lists_the_newest_datasets_first_each_linking_its_page() throws Exception {
        SyndFeed feed = feed("/datasets.atom");

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Open Data Hauts-de-Seine – Jeux de données nouveaux et mis à jour");
        assertThat(feed.getEntries()).hasSize(50);
        List<Date> updated = feed.getEntries().stream().map(SyndEntry::getUpdatedDate).toList();
        assertThat(updated).doesNotContainNull().isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(feed.getPublishedDate()).isEqualTo(updated.get(0));
        SyndEntry first = feed.getEntries().get(0);
        assertThat(first.getUri()).startsWith(catalog.url("/datasets/"));
        assertThat(first.getLinks()).extracting(SyndLink::getHref).contains(first.getUri(), first.getUri() + ".ttl");
        assertThat(catalog.get(first.getUri().substring(catalog.url("").length())).statusCode()).isEqualTo(200);
    }

    @Test
    void a_theme_feed_and_a_publisher_feed_hold_the_records_of_catalog_with_that_filter() throws Exception {
        String cd92 = catalog.url("/publishers/departement-des-hauts-de-seine");
        for (String filter : List.of("theme=http://publications.europa.eu/resource/authority/data-theme/EDUC",
                "theme=http://publications.europa.eu/resource/authority/data-theme/TRAN", "publisher=" + cd92)) {
            SyndFeed feed = feed("/datasets.atom?" + filter);

            Set<String> fromFeed = new HashSet<>();
            feed.getEntries().forEach(entry -> fromFeed.add(entry.getUri().substring(entry.getUri().lastIndexOf('/') + 1)));
            Set<String> fromCatalog = new HashSet<>();
            Harvest.walk(catalog, "/catalog.ttl?" + filter, OutputSyntax.TURTLE).forEach(page -> fromCatalog.addAll(page.recordIds()));
            assertThat(fromFeed).as(filter).isNotEmpty().isEqualTo(fromCatalog);
        }
    }

    @Test
    void an_update_puts_the_dataset_first_in_the_feeds_that_hold_it() throws Exception {
        String record = TestCatalog.resource("/records/one-dataset.ttl").replace("\"2024-09-01\"^^xsd:date", "\"2099-01-01\"^^xsd:date")
                .replace("dct:modified \"2099-01-01\"^^xsd:date", "dct:modified \"" + java.time.LocalDate.now() + "\"^^xsd:date");
        assertThat(catalog.write("PUT", "/api/datasets/colleges", "text/turtle", record).statusCode()).isIn(200, 201);

        SyndFeed all = feed("/datasets.atom");
        SyndFeed education = feed("/datasets.atom?theme=http://publications.europa.eu/resource/authority/data-theme/EDUC&q=coll%C3%A8ges");

        assertThat(all.getEntries().get(0).getUri()).isEqualTo(catalog.url("/datasets/colleges"));
        assertThat(education.getEntries()).extracting(SyndEntry::getUri).contains(catalog.url("/datasets/colleges"));
        assertThat(education.getTitle()).contains("« collèges »");
    }

    @Test
    void the_home_the_publisher_the_theme_and_the_search_pages_link_their_feed() throws Exception {
        List<String> feeds = new ArrayList<>();
        for (String page : List.of("/", "/publishers/departement-des-hauts-de-seine", "/themes/EDUC", "/datasets?q=route&sort=title&page=1")) {
            HttpResponse<String> html = catalog.get(page, "Accept", "text/html");
            assertThat(html.statusCode()).as(page).isEqualTo(200);
            Matcher link = FEED_LINK.matcher(html.body());
            assertThat(link.find()).as("feed link in %s", page).isTrue();
            String href = link.group(1).replace("&amp;", "&");
            assertThat(html.body()).contains("type=\"application/atom+xml\">Suivre ces jeux de données (flux Atom)</a>");
            feeds.add(href);
            SyndFeed feed = feed(href.substring(catalog.url("").length()));
            assertThat(feed.getEntries()).as(href).isNotEmpty();
        }
        assertThat(feeds).containsExactly(catalog.url("/datasets.atom"),
                catalog.url("/datasets.atom?publisher=" + java.net.URLEncoder.encode(catalog.url("/publishers/departement-des-hauts-de-seine"),
                        java.nio.charset.StandardCharsets.UTF_8)),
                catalog.url("/datasets.atom?theme=http%3A%2F%2Fpublications.europa.eu%2Fresource%2Fauthority%2Fdata-theme%2FEDUC"),
                catalog.url("/datasets.atom?q=route"));
    }

    @Test
    void the_feed_answers_head_and_304_and_refuses_a_bad_search_with_400() {
        HttpResponse<String> first = catalog.get("/datasets.atom?lang=en");
        HttpResponse<String> again = catalog.get("/datasets.atom?lang=en", "If-None-Match", first.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> bad = catalog.get("/datasets.atom?q=" + "x".repeat(501));

        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/atom+xml; charset=utf-8");
        assertThat(first.body()).contains("<title>Open Data Hauts-de-Seine – New and updated datasets</title>");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("The search text is 501 characters long; the limit is 500.");
    }

    private static SyndFeed feed(String path) throws Exception {
        HttpResponse<String> response = catalog.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new SyndFeedInput().build(new StringReader(response.body()));
    }
}
