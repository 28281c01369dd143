package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.index.Facet;
import fr.hautsdeseine.catalog.index.SearchQuery;
import fr.hautsdeseine.catalog.site.PageFrame;
import fr.hautsdeseine.catalog.site.SearchState;
import fr.hautsdeseine.catalog.site.SearchView;
import fr.hautsdeseine.catalog.site.SearchViews;
import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /datasets}: full-text search with facets, order and pages. */
final class SearchPage {
    static final int MAX_TEXT_LENGTH = 500;
    static final int MAX_VALUES_PER_FACET = 20;

    private final SearchViews views;
    private final SitePages pages;

    SearchPage(SearchViews views, SitePages pages) {
        this.views = views;
        this.pages = pages;
    }

    void show(Context ctx) {
        PageFrame frame = pages.frame(ctx, "");
        SearchState state;
        try {
            state = state(ctx);
        } catch (IllegalArgumentException e) {
            pages.badRequest(ctx, frame, e.getMessage());
            return;
        }
        SearchView view = views.search(state, frame.lang(), frame.t());
        String title = state.text().isEmpty() ? frame.t().get("search.title")
                : frame.t().format("search.titleFor", state.text());
        pages.render(ctx, 200, "search.jte", Map.of("frame", frame.titled(title).searching(state.text()), "s", view));
    }

    /** The search the request asks for; a precise message for any parameter out of bounds. */
    static SearchState state(Context ctx) {
        String text = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("The search text is " + text.length() + " characters long; the limit is "
                    + MAX_TEXT_LENGTH + ".");
        }
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = ctx.queryParams(facet.param()).stream().filter(v -> !v.isBlank()).distinct().toList();
            if (values.size() > MAX_VALUES_PER_FACET) {
                throw new IllegalArgumentException("Too many values for '" + facet.param() + "': " + values.size()
                        + "; the limit is " + MAX_VALUES_PER_FACET + ".");
            }
            filters.put(facet, values);
        }
        return new SearchState(text.strip(), filters, order(ctx.queryParam("sort")), page(ctx.queryParam("page")));
    }

    private static SearchQuery.Order order(String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchQuery.Order.RELEVANCE;
        }
        try {
            return SearchQuery.Order.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown order '" + sort + "': use relevance, modified or title.");
        }
    }

    private static int page(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1 && number <= SearchState.MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("Page '" + page + "' does not exist: use a whole number from 1 to "
                + SearchState.MAX_PAGE + ".");
    }
}
