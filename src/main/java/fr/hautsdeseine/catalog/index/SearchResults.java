package fr.hautsdeseine.catalog.index;

import java.util.List;
import java.util.Map;

/** One page of matching records, how many match in all, and the facet counts over the matches. */
public record SearchResults(long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets) {

    /** One result line. */
    public record Hit(String id, Map<String, String> titles, Map<String, String> descriptions, List<String> publishers,
            List<String> themes, List<String> formats, String modified) {
    }

    /** How many matches have this facet value, counted as if that facet were not narrowed. */
    public record FacetCount(String value, long count) {
    }

    public List<FacetCount> counts(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }
}
