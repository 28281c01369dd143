package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.index.Facet;
import fr.hautsdeseine.catalog.index.SearchQuery;
import fr.hautsdeseine.catalog.index.SearchResults;
import fr.hautsdeseine.catalog.site.SiteLinks;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /sitemap.xml} (every dataset, publisher and theme page) and {@code /robots.txt}. */
final class SitemapHandler {
    /** The sitemap protocol's limit of URLs in one file. */
    static final int MAX_URLS = 50_000;

    private final CatalogIndex index;
    private final SiteLinks links;

    SitemapHandler(CatalogIndex index, SiteLinks links) {
        this.index = index;
        this.links = links;
    }

    void sitemap(Context ctx) {
        SearchResults all = index.search(new SearchQuery("", Map.of(), SearchQuery.Order.MODIFIED, 1, MAX_URLS - 200, "fr"));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, links.base() + "/", "");
        url(xml, links.base() + "/datasets", "");
        for (SearchResults.Hit hit : all.hits()) {
            url(xml, links.dataset(hit.id()), hit.modified());
        }
        for (SearchResults.FacetCount publisher : all.counts(Facet.PUBLISHER)) {
            String page = links.publisher(publisher.value());
            if (!page.startsWith(links.base() + "/datasets?")) {
                url(xml, page, "");
            }
        }
        for (SearchResults.FacetCount theme : all.counts(Facet.THEME)) {
            url(xml, links.theme(theme.value()), "");
        }
        xml.append("</urlset>\n");
        ctx.contentType("application/xml; charset=utf-8").result(xml.toString());
    }

    void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result("""
                User-agent: *
                Disallow: /api/
                Disallow: /sparql
                Allow: /

                Sitemap: %s/sitemap.xml
                """.formatted(links.base()));
    }

    private static void url(StringBuilder xml, String loc, String lastmod) {
        xml.append("  <url><loc>").append(escape(loc)).append("</loc>");
        if (lastmod != null && lastmod.matches("\\d{4}-\\d{2}-\\d{2}")) {
            xml.append("<lastmod>").append(lastmod).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
