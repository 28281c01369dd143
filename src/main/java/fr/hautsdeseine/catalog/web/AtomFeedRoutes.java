package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.index.CatalogIndex;
import fr.hautsdeseine.catalog.index.SearchQuery;
import fr.hautsdeseine.catalog.index.SearchResults;
import fr.hautsdeseine.catalog.site.AtomFeed;
import fr.hautsdeseine.catalog.site.Labels;
import fr.hautsdeseine.catalog.site.Lang;
import fr.hautsdeseine.catalog.site.Messages;
import fr.hautsdeseine.catalog.site.SearchState;
import fr.hautsdeseine.catalog.site.SiteLinks;
import fr.hautsdeseine.catalog.store.RecordReader;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /datasets.atom}: the newest {@value #ENTRIES} changed datasets of any search of the site, as
 * an Atom feed. It takes the search page's parameters ({@code q} and the facets, so a publisher's or a
 * theme's feed is {@code ?publisher=} or {@code ?theme=}); order and page do not apply. {@code lang=en}
 * gives English titles.
 */
public final class AtomFeedRoutes {
    static final int ENTRIES = 50;

    private final RecordReader store;
    private final CatalogIndex index;
    private final Labels labels;
    private final SiteLinks links;
    private final AtomFeed feed;
    private final Messages messages = new Messages();

    public AtomFeedRoutes(RecordReader store, CatalogIndex index, Labels labels) {
        this.store = store;
        this.index = index;
        this.labels = labels;
        this.links = new SiteLinks(store.iris().base());
        this.feed = new AtomFeed(labels, links);
    }

    public void register(RoutesConfig routes) {
        routes.get("/datasets.atom", this::atom);
        routes.head("/datasets.atom", this::atom);
    }

    private void atom(Context ctx) {
        SearchState asked;
        try {
            asked = SearchPage.state(ctx);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        Lang lang = Lang.of(ctx.queryParam("lang")).orElse(Lang.FR);
        SearchState state = new SearchState(asked.text(), asked.filters(), SearchQuery.Order.MODIFIED, 1);
        String pageUrl = state.url(links.base());
        String selfUrl = AtomFeed.feedOf(pageUrl, lang);
        Instant lastChange = store.lastChange();
        if (HttpCaching.notModified(ctx, HttpCaching.etag(lastChange.toString(), selfUrl), lastChange)) {
            return;
        }
        ctx.status(200).contentType("application/atom+xml; charset=utf-8");
        if (ctx.method() == HandlerType.HEAD) {
            return;
        }
        SearchResults results = index.search(new SearchQuery(state.text(), state.filters(), SearchQuery.Order.MODIFIED, 1,
                ENTRIES, lang.code()));
        ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
        Messages.Words words = messages.in(lang);
        feed.write(results, selfUrl, pageUrl, title(state, words, lang), words.get("site.name"), lastChange, lang, body);
        ctx.result(body.toByteArray());
    }

    /** "Site – New and updated datasets: words, publisher, theme". */
    private String title(SearchState state, Messages.Words words, Lang lang) {
        List<String> parts = new ArrayList<>();
        if (!state.text().isEmpty()) {
            parts.add(lang == Lang.FR ? "« " + state.text() + " »" : "“" + state.text() + "”");
        }
        state.filters().forEach((facet, values) -> values.forEach(value -> parts.add(labels.orCode(value, lang).value())));
        String what = words.get("feed.title") + (parts.isEmpty() ? "" : (lang == Lang.FR ? " : " : ": ") + String.join(", ", parts));
        return words.get("site.name") + " – " + what;
    }
}
