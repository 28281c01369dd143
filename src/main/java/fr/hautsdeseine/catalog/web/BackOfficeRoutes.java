package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.backoffice.BackOffice;
import fr.hautsdeseine.catalog.backoffice.BackOfficeFrame;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** The back office under {@code /admin}: sign-in, dashboard, record forms and administration pages. */
final class BackOfficeRoutes {
    private final BackOfficePages pages;
    private final SignInHandlers signIn;

    BackOfficeRoutes(String base, BackOffice backOffice) {
        this.pages = new BackOfficePages(new SitePages(base), backOffice.signIn());
        this.signIn = new SignInHandlers(pages);
    }

    void register(RoutesConfig routes) {
        routes.get("/admin", this::dashboard);
        routes.get("/admin/sign-in", signIn::form);
        routes.post("/admin/sign-in", signIn::signIn);
        routes.get("/admin/sign-in/oidc", signIn::startProvider);
        routes.get("/admin/sign-in/oidc/callback", signIn::providerCallback);
        routes.post("/admin/sign-out", signIn::signOut);
        routes.get("/admin/password", signIn::passwordForm);
        routes.post("/admin/password", signIn::changePassword);
        routes.exception(BackOfficeException.class, pages::handle);
    }

    private void dashboard(Context ctx) {
        var user = pages.require(ctx);
        BackOfficeFrame frame = pages.frame(ctx, "dashboard.title", Optional.of(user));
        pages.render(ctx, 200, "dashboard.jte", frame, Map.of("passwordChanged", ctx.queryParam("password-changed") != null));
    }
}
