package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.accounts.SignIn.SignedIn;
import fr.hautsdeseine.catalog.backoffice.BackOfficeFrame;
import fr.hautsdeseine.catalog.backoffice.LinkCheckPanel;
import fr.hautsdeseine.catalog.quality.LinkCheckScheduler;
import fr.hautsdeseine.catalog.quality.QualityService;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * The back office's quality page: the link checker's state for everyone signed in, and for admins the button that
 * starts a check. The check runs in the background; the answer is a redirect to the page with a notice (started,
 * or one was running already, in which case nothing more is started).
 */
final class LinkCheckHandlers {
    private static final String PAGE = "/admin/quality";

    private final BackOfficePages pages;
    private final QualityService quality;
    private final LinkCheckScheduler linkChecks;

    LinkCheckHandlers(BackOfficePages pages, QualityService quality, LinkCheckScheduler linkChecks) {
        this.pages = pages;
        this.quality = quality;
        this.linkChecks = linkChecks;
    }

    void page(Context ctx) {
        SignedIn user = pages.require(ctx);
        BackOfficeFrame frame = pages.frame(ctx, "quality.title", Optional.of(user));
        String notice = switch (Optional.ofNullable(ctx.queryParam("link-check")).orElse("")) {
            case "started" -> frame.t().get("quality.started");
            case "running" -> frame.t().get("quality.alreadyRunning");
            default -> "";
        };
        // Read before the summary: a check that ends in between then shows as running with its results, never as
        // finished without them.
        boolean running = linkChecks.isRunning();
        LinkCheckPanel panel = LinkCheckPanel.of(quality.linkCheckSummary(), running, frame.site().t());
        pages.render(ctx, 200, "quality.jte", frame, Map.of("notice", notice, "links", panel));
    }

    /** Admins only, with the session's CSRF token; an editor's form is refused before its token is looked at. */
    void start(Context ctx) {
        SignedIn user = pages.require(ctx);
        if (!user.account().isAdmin()) {
            throw BackOfficeException.refused(403, "forbidden.linkCheck", user.account().email() + " is not an admin");
        }
        pages.requireForm(ctx);
        boolean started = linkChecks.runNow(user.account().email(), "back office");
        pages.redirect(ctx, PAGE + (started ? "?link-check=started" : "?link-check=running"));
    }
}
