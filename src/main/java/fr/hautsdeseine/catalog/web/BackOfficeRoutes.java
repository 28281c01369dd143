package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.backoffice.BackOffice;
import fr.hautsdeseine.catalog.backoffice.BackOfficeFrame;
import fr.hautsdeseine.catalog.backoffice.NoSuchRecordException;
import fr.hautsdeseine.catalog.backoffice.NotYourRecordException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/** The back office under {@code /admin}: sign-in, dashboard, record forms and administration pages. */
final class BackOfficeRoutes {
    private final BackOfficePages pages;
    private final SignInHandlers signIn;
    private final RecordFormHandlers records;

    BackOfficeRoutes(String base, BackOffice backOffice) {
        this.pages = new BackOfficePages(new SitePages(base), backOffice.signIn());
        this.signIn = new SignInHandlers(pages);
        this.records = new RecordFormHandlers(pages, backOffice.editor());
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
        routes.get("/admin/datasets/new", records::blank);
        routes.post("/admin/datasets/new", records::create);
        routes.get("/admin/datasets/{id}", records::open);
        routes.post("/admin/datasets/{id}", records::update);
        routes.get("/admin/datasets/{id}/publish", records::confirmPublish);
        routes.post("/admin/datasets/{id}/publish", records::publish);
        routes.get("/admin/datasets/{id}/withdraw", records::confirmWithdraw);
        routes.post("/admin/datasets/{id}/withdraw", records::withdraw);
        routes.exception(BackOfficeException.class, pages::handle);
        routes.exception(NotYourRecordException.class, (e, ctx) -> pages.handle(
                BackOfficeException.refused(403, "forbidden.publisher", e.getMessage()), ctx));
        routes.exception(NoSuchRecordException.class, (e, ctx) -> pages.handle(
                BackOfficeException.refused(404, "forbidden.notFound", e.getMessage()), ctx));
    }

    private void dashboard(Context ctx) {
        var user = pages.require(ctx);
        BackOfficeFrame frame = pages.frame(ctx, "dashboard.title", Optional.of(user));
        pages.render(ctx, 200, "dashboard.jte", frame, Map.of("passwordChanged", ctx.queryParam("password-changed") != null));
    }
}
