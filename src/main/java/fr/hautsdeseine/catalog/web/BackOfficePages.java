package fr.hautsdeseine.catalog.web;

import io.javalin.http.HttpStatus;
import fr.hautsdeseine.catalog.accounts.Session;
import fr.hautsdeseine.catalog.accounts.Sessions;
import fr.hautsdeseine.catalog.accounts.SignIn;
import fr.hautsdeseine.catalog.accounts.SignIn.SignedIn;
import fr.hautsdeseine.catalog.backoffice.BackOfficeFrame;
import fr.hautsdeseine.catalog.site.Messages;
import fr.hautsdeseine.catalog.site.PageFrame;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the back-office handlers share: who is signed in (the session cookie), the CSRF check of every
 * form, and pages rendered in the site's layout and language with the back office's own words.
 */
final class BackOfficePages {
    static final String SESSION_COOKIE = "hds_session";
    static final String FORM_COOKIE = "hds_form";

    private final SitePages site;
    private final Messages words = new Messages("backoffice");
    private final SignIn signIn;
    private final boolean secureCookies;

    BackOfficePages(SitePages site, SignIn signIn) {
        this.site = site;
        this.signIn = signIn;
        this.secureCookies = site.base().startsWith("https:");
    }

    SignIn signIn() {
        return signIn;
    }

    String base() {
        return site.base();
    }

    Optional<SignedIn> signedIn(Context ctx) {
        return signIn.current(ctx.cookie(SESSION_COOKIE));
    }

    /** The signed-in person; else a redirect to the sign-in page, then back here. */
    SignedIn require(Context ctx) {
        SignedIn user = signedIn(ctx).orElseThrow(() -> BackOfficeException.redirect(
                site.base() + "/admin/sign-in?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8)));
        if (user.account().mustChangePassword() && !ctx.path().equals("/admin/password")) {
            throw BackOfficeException.redirect(site.base() + "/admin/password");
        }
        return user;
    }

    /** An admin; others get 403. */
    SignedIn requireAdmin(Context ctx) {
        SignedIn user = require(ctx);
        if (!user.account().isAdmin()) {
            throw BackOfficeException.refused(403, "forbidden.admin", user.account().email() + " is not an admin");
        }
        return user;
    }

    /** A form of a signed-in person: refused (403, nothing done) without this session's token. */
    SignedIn requireForm(Context ctx) {
        SignedIn user = require(ctx);
        if (!Sessions.csrfMatches(user.session(), ctx.formParam("csrf"))) {
            throw BackOfficeException.refused(403, "forbidden.csrf", "Missing or wrong CSRF token");
        }
        return user;
    }

    /** A browser-session cookie: the server, not the cookie's age, ends an idle session, so use keeps it alive. */
    void startSession(Context ctx, Session session) {
        ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=" + session.id() + "; Path=/admin; HttpOnly; SameSite=Lax"
                + (secureCookies ? "; Secure" : ""));
    }

    void endSession(Context ctx) {
        cookie(ctx, SESSION_COOKIE, "", 0);
    }

    /** A short-lived cookie that ties a form or a sign-in flow to the browser that began it. */
    void cookie(Context ctx, String name, String value, int maxAgeSeconds) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/admin; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax" + (secureCookies ? "; Secure" : ""));
    }

    BackOfficeFrame frame(Context ctx, String titleKey, Optional<SignedIn> user) {
        PageFrame page = site.frame(ctx, "");
        Messages.Words t = words.in(page.lang());
        return new BackOfficeFrame(page.titled(t.get(titleKey)), t, user.map(SignedIn::account).orElse(null),
                user.map(u -> u.session().csrf()).orElse(""));
    }

    void render(Context ctx, int status, String template, BackOfficeFrame frame, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("frame", frame);
        ctx.header("Cache-Control", "no-store");
        site.render(ctx, status, "backoffice/" + template, all);
    }

    /** Redirects (303, so that a form's POST becomes a GET) to a back-office path. */
    void redirect(Context ctx, String path) {
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(site.base() + path, HttpStatus.SEE_OTHER);
    }

    void handle(BackOfficeException e, Context ctx) {
        if (e.location() != null) {
            ctx.header("Cache-Control", "no-store");
            ctx.redirect(e.location(), HttpStatus.SEE_OTHER);
            return;
        }
        BackOfficeFrame frame = frame(ctx, "refused.title", signedIn(ctx));
        render(ctx, e.status(), "refused.jte", frame, Map.of("message", frame.t().get(e.messageKey())));
    }
}
