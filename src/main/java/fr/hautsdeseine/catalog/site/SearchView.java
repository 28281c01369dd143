package fr.hautsdeseine.catalog.site;

import java.util.List;

/** Everything the search page shows. */
public record SearchView(
        SearchState state,
        long total,
        List<HitView> hits,
        List<FacetGroup> facets,
        List<ActiveFilter> activeFilters,
        String previousUrl,
        String nextUrl,
        int pageCount,
        String clearTextUrl) {

    public record HitView(String url, Text title, Text description, List<Text> publishers, List<Text> themes,
            List<Text> formats, String modified) {
    }

    public record FacetGroup(String param, String name, List<FacetValue> values) {
    }

    public record FacetValue(Text label, long count, boolean selected, String url) {
    }

    public record ActiveFilter(String facetName, Text label, String removeUrl) {
    }
}
