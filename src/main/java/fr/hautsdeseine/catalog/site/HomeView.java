package fr.hautsdeseine.catalog.site;

import java.util.List;

/** The home page: what the portal is, how much it holds, its themes, latest changes and publishers. */
public record HomeView(Text title, Text description, long datasetCount, long publisherCount, List<CountedLink> themes,
        List<SearchView.HitView> latest, List<CountedLink> publishers) {

    public record CountedLink(Link link, long count) {
    }
}
