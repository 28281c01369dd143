package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.publish.Publication;
import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.site.QualityViews;
import fr.hautsdeseine.catalog.site.SiteServices;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/** The public site: home, search, dataset, publisher and theme pages, sitemap and robots.txt. */
public final class SiteRoutes {
    private final BrowsePages browse;
    private final SearchPage search;
    private final DatasetPage dataset;
    private final SitemapHandler sitemap;

    public SiteRoutes(SiteServices site, CatalogIndex index, Publication publication, QualityViews quality) {
        SitePages pages = new SitePages(site.links().base());
        this.browse = new BrowsePages(site.browse(), pages);
        this.search = new SearchPage(site.search(), pages);
        this.dataset = new DatasetPage(publication, site.datasets(), pages, quality);
        this.sitemap = new SitemapHandler(index, site.links());
    }

    /** The dataset page, for the record's content negotiation to call for {@code text/html}. */
    public DatasetPage datasetPage() {
        return dataset;
    }

    public void register(JavalinConfig app) {
        app.staticFiles.add(files -> {
            files.hostedPath = "/assets/site";
            files.directory = "/assets/site";
            files.location = Location.CLASSPATH;
        });
        app.routes.get("/", browse::home);
        app.routes.get("/datasets", search::show);
        app.routes.get("/publishers/{slug}", browse::publisher);
        app.routes.get("/themes/{code}", browse::theme);
        app.routes.get("/sitemap.xml", sitemap::sitemap);
        app.routes.get("/robots.txt", sitemap::robots);
    }
}
