package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.site.BrowseViews;
import fr.hautsdeseine.catalog.site.HomeView;
import fr.hautsdeseine.catalog.site.ListingView;
import fr.hautsdeseine.catalog.site.PageFrame;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The home page and the pages of a publisher and of a theme. */
final class BrowsePages {
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9_.-]{1,200}");

    private final BrowseViews views;
    private final SitePages pages;

    BrowsePages(BrowseViews views, SitePages pages) {
        this.views = views;
        this.pages = pages;
    }

    void home(Context ctx) {
        PageFrame frame = pages.frame(ctx, "");
        HomeView home = views.home(frame.lang());
        pages.render(ctx, 200, "home.jte", Map.of("frame", frame.titled(home.title().value()), "h", home));
    }

    void publisher(Context ctx) {
        PageFrame frame = pages.frame(ctx, "");
        String slug = ctx.pathParam("slug");
        Optional<ListingView> listing = SLUG.matcher(slug).matches() ? views.publisher(slug, frame.lang()) : Optional.empty();
        listing(ctx, frame, listing, frame.t().format("error.nopublisher", slug));
    }

    void theme(Context ctx) {
        PageFrame frame = pages.frame(ctx, "");
        String code = ctx.pathParam("code");
        Optional<ListingView> listing = SLUG.matcher(code).matches() ? views.theme(code, frame.lang()) : Optional.empty();
        listing(ctx, frame, listing, frame.t().format("error.notheme", code));
    }

    private void listing(Context ctx, PageFrame frame, Optional<ListingView> listing, String missing) {
        if (listing.isEmpty()) {
            pages.notFound(ctx, frame, missing);
            return;
        }
        pages.render(ctx, 200, "listing.jte", Map.of("frame", frame.titled(listing.get().name().value()), "l", listing.get()));
    }
}
