package fr.hautsdeseine.catalog.site;

import fr.hautsdeseine.catalog.index.Facet;
import fr.hautsdeseine.catalog.index.SearchQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the search page was asked, and the URL of every variation of it (a facet added or removed, a page). */
public record SearchState(String text, Map<Facet, List<String>> filters, SearchQuery.Order order, int page) {
    public static final int PAGE_SIZE = 20;
    /** Deep pages cost more and help nobody: past this, narrow the search. */
    public static final int MAX_PAGE = 500;

    public SearchState {
        Map<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, List.copyOf(values));
            }
        });
        filters = java.util.Collections.unmodifiableMap(copy);
    }

    public SearchQuery query(Lang lang) {
        return new SearchQuery(text, filters, order, page, PAGE_SIZE, lang.code());
    }

    public boolean isSelected(Facet facet, String value) {
        return filters.getOrDefault(facet, List.of()).contains(value);
    }

    public SearchState with(Facet facet, String value) {
        Map<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        List<String> values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        if (!values.contains(value)) {
            values.add(value);
        }
        changed.put(facet, values);
        return new SearchState(text, changed, order, 1);
    }

    public SearchState without(Facet facet, String value) {
        Map<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        List<String> values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        values.remove(value);
        changed.put(facet, values);
        return new SearchState(text, changed, order, 1);
    }

    public SearchState atPage(int number) {
        return new SearchState(text, filters, order, number);
    }

    public SearchState withoutText() {
        return new SearchState("", filters, order, 1);
    }

    /** The URL of this state, parameters in a stable order, defaults left out. */
    public String url(String base) {
        List<String> params = new ArrayList<>();
        if (!text.isEmpty()) {
            params.add("q=" + SiteLinks.encode(text));
        }
        filters.forEach((facet, values) -> values.forEach(v -> params.add(facet.param() + "=" + SiteLinks.encode(v))));
        if (order != SearchQuery.Order.RELEVANCE) {
            params.add("sort=" + order.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (page > 1) {
            params.add("page=" + page);
        }
        return base + "/datasets" + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }
}
