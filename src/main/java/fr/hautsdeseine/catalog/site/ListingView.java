package fr.hautsdeseine.catalog.site;

import java.util.List;

/** A publisher's or a theme's page: who or what it is, and its datasets. */
public record ListingView(Text name, Text kind, String homepage, long count, List<SearchView.HitView> hits, String searchUrl) {
}
