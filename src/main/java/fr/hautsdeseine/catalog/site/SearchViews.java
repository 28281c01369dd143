package fr.hautsdeseine.catalog.site;

import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.index.Facet;
import fr.hautsdeseine.catalog.index.SearchResults;
import java.util.ArrayList;
import java.util.List;

/** Runs a search and shapes its results for the search page and the lists of other pages. */
public final class SearchViews {
    private static final int FACET_VALUES_SHOWN = 12;
    private static final int SNIPPET_LENGTH = 240;

    private final CatalogIndex index;
    private final Labels labels;
    private final SiteLinks links;

    public SearchViews(CatalogIndex index, Labels labels, SiteLinks links) {
        this.index = index;
        this.labels = labels;
        this.links = links;
    }

    public SearchView search(SearchState state, Lang lang, Messages.Words words) {
        SearchResults results = index.search(state.query(lang));
        List<SearchView.FacetGroup> groups = new ArrayList<>();
        List<SearchView.ActiveFilter> active = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            String name = words.get("facet." + facet.param());
            List<SearchView.FacetValue> values = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (SearchResults.FacetCount count : results.counts(facet)) {
                boolean selected = state.isSelected(facet, count.value());
                if (values.size() < FACET_VALUES_SHOWN || selected) {
                    values.add(facetValue(state, facet, count.value(), count.count(), selected, lang));
                    shown.add(count.value());
                }
            }
            for (String value : state.filters().getOrDefault(facet, List.of())) {
                if (!shown.contains(value)) {
                    values.add(facetValue(state, facet, value, 0, true, lang));
                }
                active.add(new SearchView.ActiveFilter(name, label(facet, value, lang), state.without(facet, value).url(links.base())));
            }
            if (!values.isEmpty()) {
                groups.add(new SearchView.FacetGroup(facet.param(), name, values));
            }
        }
        int pageCount = (int) Math.min(SearchState.MAX_PAGE, (results.total() + SearchState.PAGE_SIZE - 1) / SearchState.PAGE_SIZE);
        String previous = state.page() > 1 ? state.atPage(state.page() - 1).url(links.base()) : null;
        String next = state.page() < pageCount ? state.atPage(state.page() + 1).url(links.base()) : null;
        return new SearchView(state, results.total(), hits(results, lang), groups, active, previous, next, pageCount,
                state.text().isEmpty() ? null : state.withoutText().url(links.base()));
    }

    public List<SearchView.HitView> hits(SearchResults results, Lang lang) {
        List<SearchView.HitView> hits = new ArrayList<>();
        for (SearchResults.Hit hit : results.hits()) {
            hits.add(new SearchView.HitView(links.dataset(hit.id()), Text.pick(hit.titles(), lang),
                    snippet(Text.pick(hit.descriptions(), lang)),
                    hit.publishers().stream().map(p -> labels.orCode(p, lang)).toList(),
                    hit.themes().stream().map(t -> labels.orCode(t, lang)).toList(),
                    hit.formats().stream().map(f -> labels.orCode(f, lang)).toList(), hit.modified()));
        }
        return hits;
    }

    private SearchView.FacetValue facetValue(SearchState state, Facet facet, String value, long count, boolean selected, Lang lang) {
        SearchState target = selected ? state.without(facet, value) : state.with(facet, value);
        return new SearchView.FacetValue(label(facet, value, lang), count, selected, target.url(links.base()));
    }

    private Text label(Facet facet, String value, Lang lang) {
        return facet == Facet.KEYWORD ? Text.plain(value) : labels.orCode(value, lang);
    }

    private static Text snippet(Text description) {
        String value = description.value().replaceAll("\\s+", " ").strip();
        if (value.length() > SNIPPET_LENGTH) {
            int cut = value.lastIndexOf(' ', SNIPPET_LENGTH);
            value = value.substring(0, cut > 0 ? cut : SNIPPET_LENGTH) + "…";
        }
        return new Text(value, description.lang());
    }
}
