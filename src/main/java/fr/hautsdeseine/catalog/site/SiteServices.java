package fr.hautsdeseine.catalog.site;

import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.store.CatalogStore;

/**
 * The public site's view builders over one store and its index, built once by the server so that
 * the routes receive them ready and never hold the store.
 */
public record SiteServices(SiteLinks links, Labels labels, SearchViews search, BrowseViews browse,
                           DatasetViews datasets) {

    public static SiteServices open(CatalogStore store, CatalogIndex index) {
        Labels labels = new Labels(index.labels());
        SiteLinks links = new SiteLinks(store.iris().base());
        SearchViews search = new SearchViews(index, labels, links);
        return new SiteServices(links, labels, search, new BrowseViews(store, index, labels, links, search),
                new DatasetViews(store.iris(), labels));
    }
}
