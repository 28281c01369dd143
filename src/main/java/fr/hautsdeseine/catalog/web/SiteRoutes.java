package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.site.BrowseViews;
import fr.hautsdeseine.catalog.site.DatasetViews;
import fr.hautsdeseine.catalog.site.Labels;
import fr.hautsdeseine.catalog.site.QualityViews;
import fr.hautsdeseine.catalog.site.SearchViews;
import fr.hautsdeseine.catalog.site.SiteLinks;
import fr.hautsdeseine.catalog.store.CatalogStore;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.List;

/** The public site: home, search, dataset, publisher and theme pages, sitemap and robots.txt. */
public final class SiteRoutes {
    private final BrowsePages browse;
    private final SearchPage search;
    private final DatasetPage dataset;
    private final SitemapHandler sitemap;
    private final Labels labels;

    public SiteRoutes(CatalogStore store, CatalogIndex index, QualityViews quality) {
        SitePages pages = new SitePages(store.iris().base());
        this.labels = new Labels(index.labels());
        SiteLinks links = new SiteLinks(store.iris().base());
        SearchViews searchViews = new SearchViews(index, labels, links);
        this.browse = new BrowsePages(new BrowseViews(store, index, labels, links, searchViews), pages);
        this.search = new SearchPage(searchViews, pages);
        this.dataset = new DatasetPage(store, new DatasetViews(store.iris(), labels), pages, quality);
        this.sitemap = new SitemapHandler(index, links);
    }

    /** The dataset page, for the record's content negotiation to call for {@code text/html}. */
    public DatasetPage datasetPage() {
        return dataset;
    }

    /** The site's labels, for the other views of the site's pages (the Atom feeds). */
    public Labels labels() {
        return labels;
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
