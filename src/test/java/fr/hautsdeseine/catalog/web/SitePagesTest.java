package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The site's pages over real HTTP, on the demo catalog. */
class SitePagesTest {
    /** What a browser sends: the dataset route answers RDF to anything else. */
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String EDUC = "http://publications.europa.eu/resource/authority/data-theme/EDUC";

    @FreshCatalog(demo = true)
    private static TestCatalog catalog;
    private static String base;

    @BeforeAll
    static void start() {
        base = catalog.server().config().baseUrl();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void home_page_says_what_the_portal_is_with_counts_themes_latest_and_publishers() {
        HttpResponse<String> home = catalog.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(home.body()).contains("<html lang=\"fr\">", "Ouvert en 2013, le portail Open Data Hauts-de-Seine",
                "50 jeux de données de 9 producteurs", "Éducation, culture et sport", "Musée départemental Albert-Kahn",
                "href=\"" + base + "/themes/EDUC\"", "href=\"" + base + "/publishers/musee-departemental-albert-kahn\"",
                "<header", "<nav aria-label=\"Navigation principale\"", "<main id=\"main\"", "<footer",
                "<a class=\"skip\" href=\"#main\">", "<label for=\"site-search\">");
    }

    @Test
    void search_page_shows_the_count_the_facets_and_links_that_add_and_remove_each() {
        HttpResponse<String> page = catalog.get("/datasets?q=" + encode("Collèges") + "&theme=" + encode(EDUC));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h2 id=\"result-count\">2 résultats</h2>", "fr-229200506-colleges-publics",
                "Retirer le filtre Thème : Éducation, culture et sport",
                // removing the theme keeps the text
                "href=\"" + base + "/datasets?q=Coll%C3%A8ges\"",
                // adding a format keeps the text and the theme
                "href=\"" + base + "/datasets?q=Coll%C3%A8ges&amp;theme=" + encode(EDUC) + "&amp;format="
                        + encode("http://publications.europa.eu/resource/authority/file-type/CSV") + "\"");
    }

    @Test
    void an_empty_result_says_so_and_offers_to_remove_each_filter() {
        HttpResponse<String> page = catalog.get("/datasets?q=zzzyxw&theme=" + encode(EDUC));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Aucun résultat", "Aucun jeu de données ne correspond à cette recherche.",
                "Essayez de retirer un filtre", "href=\"" + base + "/datasets?q=zzzyxw\"",
                "ou de chercher sans le texte « zzzyxw ».");
    }

    @Test
    void search_parameters_out_of_bounds_get_a_400_page_saying_which() {
        assertThat(catalog.get("/datasets?page=0").statusCode()).isEqualTo(400);
        assertThat(catalog.get("/datasets?page=0").body()).contains("Page '0' does not exist: use a whole number from 1 to 500.");
        assertThat(catalog.get("/datasets?sort=popularity").body()).contains("Unknown order 'popularity'");
        HttpResponse<String> tooLong = catalog.get("/datasets?q=" + "a".repeat(501));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("The search text is 501 characters long; the limit is 500.");
    }

    @Test
    void dataset_page_shows_the_notice_dictionary_distributions_and_links_to_rdf_and_sparql() {
        HttpResponse<String> page = catalog.get("/datasets/archives-de-la-planete", "Accept", HTML);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Archives de la Planète</h1>", "Notice explicative",
                "<caption id=\"columns-caption\">Dictionnaire des colonnes</caption>",
                "<th scope=\"row\"><code>identifiant_fakir</code></th>", "Identifiant Fakir",
                "href=\"https://opendata.hauts-de-seine.fr/api/explore/v2.1/catalog/datasets/archives-de-la-planete/exports/csv?delimiter=%3B\"",
                "41,9\u00a0Mo", "Licence Ouverte / Open Licence version 2.0", "du 1909-01-01 au 1931-12-31",
                "mailto:collections.albert-kahn@hauts-de-seine.fr", "Mises à jour irrégulières",
                "href=\"" + base + "/datasets/archives-de-la-planete.ttl\"", "href=\"" + base + "/datasets/archives-de-la-planete.jsonld\"",
                "href=\"" + base + "/sparql?query=SELECT+%3Fproperty", "<script type=\"application/ld+json\">",
                "\"@type\" : \"DataDownload\"", "\"temporalCoverage\" : \"1909-01-01/1931-12-31\"");
        assertThat(page.body()).doesNotContain("dcatap:availability");
    }

    @Test
    void markup_and_script_in_a_record_show_as_text_everywhere() {
        HttpResponse<String> put = catalog.write("PUT", "/api/datasets/markup", "text/turtle",
                TestCatalog.resource("/records/dataset-with-markup.ttl"));
        assertThat(put.statusCode()).isEqualTo(201);

        String page = catalog.get("/datasets/markup", "Accept", HTML).body();
        String search = catalog.get("/datasets?q=biblioth%C3%A8que").body();

        assertThat(page).contains("<h1>&lt;script&gt;alert('title')&lt;/script&gt; Bibliothèques</h1>",
                "<strong>Gras</strong>", "&lt;img src=x onerror=alert('description')&gt;", "<a rel=\"nofollow\" href=\"\">lien</a>",
                "\\u003c/script>\\u003cscript>alert('json')\\u003c/script>");
        assertThat(page).doesNotContain("<script>alert", "<img src=x", "href=\"javascript:");
        assertThat(search).contains("&lt;script&gt;alert('title')&lt;/script&gt; Bibliothèques").doesNotContain("<script>alert");
        catalog.delete("/api/datasets/markup");
    }

    @Test
    void an_unknown_dataset_publisher_or_theme_is_a_404_page() {
        HttpResponse<String> dataset = catalog.get("/datasets/no-such-dataset", "Accept", HTML);
        assertThat(dataset.statusCode()).isEqualTo(404);
        assertThat(dataset.body()).contains("Aucun jeu de données « no-such-dataset » dans le catalogue.");
        assertThat(catalog.get("/publishers/nobody").statusCode()).isEqualTo(404);
        assertThat(catalog.get("/themes/NOPE").statusCode()).isEqualTo(404);
    }

    @Test
    void publisher_and_theme_pages_list_their_datasets() {
        HttpResponse<String> publisher = catalog.get("/publishers/musee-departemental-albert-kahn");
        HttpResponse<String> theme = catalog.get("/themes/TRAN");

        assertThat(publisher.statusCode()).isEqualTo(200);
        assertThat(publisher.body()).contains("<h1>Musée départemental Albert-Kahn</h1>", "2 jeux de données",
                "Archives de la Planète", "href=\"https://albert-kahn.hauts-de-seine.fr/\"");
        assertThat(theme.statusCode()).isEqualTo(200);
        assertThat(theme.body()).contains("<h1>Transports</h1>", "8 jeux de données");
    }

    @Test
    void english_comes_from_accept_language_or_from_a_choice_kept_in_a_cookie() {
        HttpResponse<String> byHeader = catalog.get("/datasets/archives-de-la-planete", "Accept", HTML,
                "Accept-Language", "en-GB,en;q=0.9,fr;q=0.5");
        HttpResponse<String> byChoice = catalog.get("/?lang=en", "Accept-Language", "fr");
        HttpResponse<String> byCookie = catalog.get("/", "Cookie", "lang=en", "Accept-Language", "fr");

        assertThat(byHeader.body()).contains("<html lang=\"en\">", "<h1>Archives of the Planet</h1>", "Explanatory notice",
                // the notice is only in French: marked so on an English page
                "<dd lang=\"fr\">Mises à jour irrégulières");
        assertThat(byChoice.headers().firstValue("Set-Cookie")).hasValue("lang=en; Path=/; Max-Age=31536000; SameSite=Lax");
        assertThat(byChoice.body()).contains("<html lang=\"en\">", "50 datasets from 9 publishers");
        assertThat(byCookie.body()).contains("<html lang=\"en\">");
        assertThat(catalog.get("/", "Accept-Language", "de, en;q=0.8").body()).contains("<html lang=\"en\">");
        assertThat(catalog.get("/", "Accept-Language", "de").body()).contains("<html lang=\"fr\">");
    }

    @Test
    void sitemap_lists_every_dataset_and_robots_points_to_it() {
        HttpResponse<String> sitemap = catalog.get("/sitemap.xml");
        HttpResponse<String> robots = catalog.get("/robots.txt");

        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body().split("<url>")).hasSize(1 + 2 + 50 + 9 + 10);
        assertThat(sitemap.body()).contains("<loc>" + base + "/datasets/archives-de-la-planete</loc><lastmod>2025-03-18</lastmod>");
        assertThat(robots.body()).contains("Disallow: /api/", "Sitemap: " + base + "/sitemap.xml");
    }

    @Test
    void the_stylesheet_is_served_from_the_jar() {
        HttpResponse<String> css = catalog.get("/assets/site/site.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(":focus-visible");
    }

    @Test
    void a_dataset_page_shows_a_change_at_once() {
        String body = TestCatalog.resource("/records/one-dataset.ttl");
        assertThat(catalog.write("PUT", "/api/datasets/colleges", "text/turtle", body).statusCode()).isEqualTo(201);
        assertThat(catalog.get("/datasets/colleges", "Accept", HTML).body()).contains("<h1>Collèges du département</h1>");

        catalog.write("PUT", "/api/datasets/colleges", "text/turtle", body.replace("Collèges du département", "Collèges publics"));

        assertThat(catalog.get("/datasets/colleges", "Accept", HTML).body())
                .contains("<h1>Collèges publics</h1>").doesNotContain("Collèges du département");
        catalog.delete("/api/datasets/colleges");
    }
}
