package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.backoffice.BackOffice;
import fr.hautsdeseine.catalog.backoffice.NoSuchRecordException;
import fr.hautsdeseine.catalog.backoffice.NotYourRecordException;
import fr.hautsdeseine.catalog.quality.LinkCheckScheduler;
import fr.hautsdeseine.catalog.quality.QualityService;
import io.javalin.config.RoutesConfig;

/** The back office under {@code /admin}: sign-in, dashboard, record forms, administration and quality pages. */
final class BackOfficeRoutes {
    private final BackOfficePages pages;
    private final SignInHandlers signIn;
    private final RecordFormHandlers records;
    private final AdministrationHandlers administration;
    private final HistoryHandlers history;
    private final LinkCheckHandlers linkChecks;

    BackOfficeRoutes(String base, BackOffice backOffice, AdminServices admin, AdminAuth bearer, QualityService quality,
                     LinkCheckScheduler linkCheckScheduler) {
        this.pages = new BackOfficePages(new SitePages(base), backOffice.signIn());
        this.signIn = new SignInHandlers(pages);
        this.records = new RecordFormHandlers(pages, backOffice.editor());
        this.history = new HistoryHandlers(pages, backOffice.editor());
        this.administration = new AdministrationHandlers(pages, backOffice.work(), admin, backOffice.editor().choices(),
                bearer);
        this.linkChecks = new LinkCheckHandlers(pages, quality, linkCheckScheduler);
    }

    void register(RoutesConfig routes) {
        routes.get("/admin", administration::dashboard);
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
        routes.get("/admin/datasets/{id}/discard", records::confirmDiscard);
        routes.post("/admin/datasets/{id}/discard", records::discard);
        routes.get("/admin/datasets/{id}/history", history::show);
        routes.post("/admin/datasets/{id}/restore", history::restore);
        routes.get("/admin/users", administration::users);
        routes.post("/admin/users", administration::addUser);
        routes.post("/admin/users/role", administration::changeRole);
        routes.post("/admin/users/remove", administration::removeUser);
        routes.get("/admin/harvest", administration::harvestPage);
        routes.post("/admin/harvest", administration::addSource);
        routes.post("/admin/harvest/{name}/run", administration::runNow);
        routes.post("/admin/harvest/{name}/preview", administration::previewSource);
        routes.get("/admin/harvest/{name}/remove", administration::confirmRemoveSource);
        routes.post("/admin/harvest/{name}/remove", administration::removeSource);
        routes.get("/admin/tokens", administration::tokens);
        routes.post("/admin/tokens", administration::createToken);
        routes.post("/admin/tokens/revoke", administration::revokeToken);
        routes.get("/admin/quality", linkChecks::page);
        routes.post("/admin/quality/link-checks", linkChecks::start);
        routes.exception(BackOfficeException.class, pages::handle);
        routes.exception(NotYourRecordException.class, (e, ctx) -> pages.handle(
                BackOfficeException.refused(403, "forbidden.publisher", e.getMessage()), ctx));
        routes.exception(NoSuchRecordException.class, (e, ctx) -> pages.handle(
                BackOfficeException.refused(404, "forbidden.notFound", e.getMessage()), ctx));
    }
}
