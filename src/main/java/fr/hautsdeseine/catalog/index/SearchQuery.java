package fr.hautsdeseine.catalog.index;

import java.util.List;
import java.util.Map;

/**
 * One search: words to find (may be blank), the facet values to narrow by (values of one facet are
 * alternatives, facets combine), the order, and which page.
 *
 * @param titleLanguage the language whose titles the {@link Order#TITLE} order sorts by
 */
public record SearchQuery(String text, Map<Facet, List<String>> filters, Order order, int page, int pageSize,
        String titleLanguage) {

    public enum Order { RELEVANCE, MODIFIED, TITLE }

    public SearchQuery {
        text = text == null ? "" : text.strip();
        filters = Map.copyOf(filters);
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, got " + page);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be 1 or more, got " + pageSize);
        }
    }

    public static SearchQuery all(int pageSize, Order order) {
        return new SearchQuery("", Map.of(), order, 1, pageSize, "fr");
    }
}
