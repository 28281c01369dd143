package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.accounts.Account;
import fr.hautsdeseine.catalog.accounts.Accounts;
import fr.hautsdeseine.catalog.accounts.FirstAdmin;
import fr.hautsdeseine.catalog.accounts.Role;
import fr.hautsdeseine.catalog.accounts.SignIn.SignedIn;
import fr.hautsdeseine.catalog.backoffice.BackOfficeFrame;
import fr.hautsdeseine.catalog.backoffice.FormChoices;
import fr.hautsdeseine.catalog.backoffice.WorkList;
import fr.hautsdeseine.catalog.harvest.HarvestReport;
import fr.hautsdeseine.catalog.harvest.HarvestService;
import fr.hautsdeseine.catalog.harvest.HarvestSource;
import fr.hautsdeseine.catalog.harvest.SourceConflictException;
import fr.hautsdeseine.catalog.harvest.SourceNotFoundException;
import fr.hautsdeseine.catalog.harvest.SourceType;
import fr.hautsdeseine.catalog.partner.PartnerTokens;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard and the admins' pages: accounts and roles, harvest sources (add, run now, preview, remove
 * after a confirmation, reports) and
 * partner tokens. Every change is a form with the session's CSRF token; a secret (a one-time password,
 * a partner token) is shown once, on the answer to the form that made it.
 */
final class AdministrationHandlers {
    private static final Logger log = LoggerFactory.getLogger(AdministrationHandlers.class);

    private final BackOfficePages pages;
    private final WorkList work;
    private final HarvestService harvest;
    private final PartnerTokens tokens;
    private final FormChoices choices;
    private final AdminAuth bearer;

    AdministrationHandlers(BackOfficePages pages, WorkList work, AdminServices admin, FormChoices choices, AdminAuth bearer) {
        this.pages = pages;
        this.work = work;
        this.harvest = admin.harvest();
        this.tokens = admin.tokens();
        this.choices = choices;
        this.bearer = bearer;
    }

    void dashboard(Context ctx) {
        SignedIn user = pages.require(ctx);
        Account account = user.account();
        BackOfficeFrame frame = pages.frame(ctx, "dashboard.title", Optional.of(user));
        String notice = ctx.queryParam("password-changed") != null ? frame.t().get("password.changed")
                : ctx.queryParam("withdrawn") != null ? frame.t().format("dashboard.withdrawn", ctx.queryParam("withdrawn")) : "";
        pages.render(ctx, 200, "dashboard.jte", frame, Map.of("notice", notice, "drafts", work.drafts(account),
                "warnings", work.withWarnings(account), "refusals", work.harvestRefusals(account)));
    }

    void users(Context ctx) {
        showUsers(ctx, 200, pages.requireAdmin(ctx), "", "");
    }

    void addUser(Context ctx) {
        SignedIn user = adminForm(ctx);
        Accounts accounts = pages.signIn().accounts();
        boolean providerOnly = ctx.formParam("provider-only") != null;
        String password = providerOnly ? null : FirstAdmin.oneTimePassword();
        try {
            Account added = accounts.add(field(ctx, "email"), Role.parse(field(ctx, "role")), ctx.formParams("publisher"),
                    password, password != null);
            log.info("[back office] account {} ({}) added by {}", added.email(), added.role().code(), user.account().email());
            showUsers(ctx, 201, user, password == null ? "" : password, added.email());
        } catch (IllegalArgumentException e) {
            showUsers(ctx, 422, user, "", "", e.getMessage());
        }
    }

    void changeRole(Context ctx) {
        SignedIn user = adminForm(ctx);
        try {
            pages.signIn().accounts().setRole(field(ctx, "email"), Role.parse(field(ctx, "role")), ctx.formParams("publisher"));
            pages.redirect(ctx, "/admin/users");
        } catch (IllegalArgumentException e) {
            showUsers(ctx, 422, user, "", "", e.getMessage());
        }
    }

    void removeUser(Context ctx) {
        SignedIn user = adminForm(ctx);
        String email = field(ctx, "email");
        if (email.equalsIgnoreCase(user.account().email())) {
            showUsers(ctx, 422, user, "", "", pages.frame(ctx, "users.title", Optional.of(user)).t().get("users.notYourself"));
            return;
        }
        pages.signIn().accounts().remove(email);
        pages.signIn().sessions().closeAll(email);
        log.info("[back office] account {} removed by {}", email, user.account().email());
        pages.redirect(ctx, "/admin/users");
    }

    private void showUsers(Context ctx, int status, SignedIn user, String password, String forEmail, String... error) {
        BackOfficeFrame frame = pages.frame(ctx, "users.title", Optional.of(user));
        pages.render(ctx, status, "users.jte", frame, Map.of("accounts", pages.signIn().accounts().list(),
                "publishers", choices.publishers(), "password", password, "forEmail", forEmail,
                "error", error.length == 0 ? "" : error[0]));
    }

    /** Also for scripts with the admin token as bearer, as before the back office existed (read only). */
    void harvestPage(Context ctx) {
        if (ctx.header("Authorization") != null) {
            bearer.require(ctx);
            renderHarvest(ctx, 200, null, "");
            return;
        }
        renderHarvest(ctx, 200, pages.requireAdmin(ctx), "");
    }

    void addSource(Context ctx) {
        SignedIn user = adminForm(ctx);
        try {
            String every = field(ctx, "every");
            harvest.add(new HarvestSource(field(ctx, "name"), HarvestSource.parseUrl(field(ctx, "url")),
                    SourceType.parse(field(ctx, "type")),
                    every.isEmpty() ? Optional.empty() : Optional.of(HarvestSource.parseInterval(every))));
            pages.redirect(ctx, "/admin/harvest");
        } catch (IllegalArgumentException | SourceConflictException e) {
            renderHarvest(ctx, 422, user, e.getMessage());
        }
    }

    void runNow(Context ctx) {
        SignedIn user = adminForm(ctx);
        String name = ctx.pathParam("name");
        try {
            HarvestReport report = harvest.run(name, progress -> { });
            log.info("[back office] harvest of {} run by {}: {}", name, user.account().email(), report.summary());
            pages.redirect(ctx, "/admin/harvest#source-" + name);
        } catch (SourceNotFoundException e) {
            renderHarvest(ctx, 404, user, e.getMessage());
        }
    }

    /** A dry run, shown on a page of its own: what a run would do now; nothing stored, no report kept. */
    void previewSource(Context ctx) {
        SignedIn user = adminForm(ctx);
        String name = ctx.pathParam("name");
        try {
            HarvestReport report = harvest.preview(name, progress -> { });
            log.info("[back office] harvest preview of {} by {}: {}", name, user.account().email(), report.summary());
            BackOfficeFrame frame = pages.frame(ctx, "harvest.previewTitle", Optional.of(user));
            pages.render(ctx, 200, "harvest-preview.jte", frame, Map.of("report", report));
        } catch (SourceNotFoundException e) {
            renderHarvest(ctx, 404, user, e.getMessage());
        } catch (SourceConflictException e) {
            renderHarvest(ctx, 409, user, e.getMessage());
        }
    }

    /** The confirmation step before a source is removed, since removing it withdraws its records. */
    void confirmRemoveSource(Context ctx) {
        SignedIn user = pages.requireAdmin(ctx);
        HarvestSource source = harvest.source(ctx.pathParam("name")).orElse(null);
        if (source == null) {
            renderHarvest(ctx, 404, user, "No harvest source named '" + ctx.pathParam("name") + "'");
            return;
        }
        BackOfficeFrame frame = pages.frame(ctx, "harvest.removeTitle", Optional.of(user));
        pages.render(ctx, 200, "harvest-remove.jte", frame, Map.of("source", source));
    }

    void removeSource(Context ctx) {
        SignedIn user = adminForm(ctx);
        String name = ctx.pathParam("name");
        try {
            if (!harvest.remove(name, user.account().email())) {
                renderHarvest(ctx, 404, user, "No harvest source named '" + name + "'");
                return;
            }
            log.info("[back office] harvest source {} removed by {}", name, user.account().email());
            pages.redirect(ctx, "/admin/harvest?removed=" + name);
        } catch (SourceConflictException e) {
            renderHarvest(ctx, 409, user, e.getMessage());
        }
    }

    private void renderHarvest(Context ctx, int status, SignedIn user, String error) {
        BackOfficeFrame frame = pages.frame(ctx, "harvest.title", Optional.ofNullable(user));
        Map<HarvestSource, List<HarvestReport>> sources = new LinkedHashMap<>();
        harvest.sources().forEach(source -> sources.put(source, harvest.reports(source.name(), 10)));
        String removed = Optional.ofNullable(ctx.queryParam("removed")).filter(name -> name.matches("[a-z0-9_-]{1,64}"))
                .map(name -> frame.t().format("harvest.removed", name)).orElse("");
        pages.render(ctx, status, "harvest.jte", frame, Map.of("sources", sources, "error", error,
                "types", List.of(SourceType.values()), "notice", removed));
    }

    void tokens(Context ctx) {
        showTokens(ctx, 200, pages.requireAdmin(ctx), "", "");
    }

    void createToken(Context ctx) {
        SignedIn user = adminForm(ctx);
        try {
            PartnerTokens.Created created = tokens.create(field(ctx, "publisher"));
            log.info("[back office] partner token {} created for {} by {}", created.token().id(),
                    created.token().publisher(), user.account().email());
            showTokens(ctx, 201, user, created.secret(), "");
        } catch (IllegalArgumentException e) {
            showTokens(ctx, 422, user, "", e.getMessage());
        }
    }

    void revokeToken(Context ctx) {
        SignedIn user = adminForm(ctx);
        tokens.revoke(field(ctx, "id"));
        log.info("[back office] partner token {} revoked by {}", field(ctx, "id"), user.account().email());
        pages.redirect(ctx, "/admin/tokens");
    }

    private void showTokens(Context ctx, int status, SignedIn user, String secret, String error) {
        BackOfficeFrame frame = pages.frame(ctx, "tokens.title", Optional.of(user));
        pages.render(ctx, status, "tokens.jte", frame, Map.of("tokens", tokens.list(), "publishers", choices.publishers(),
                "secret", secret, "error", error));
    }

    /** An admin's form: an admin session and its CSRF token. */
    private SignedIn adminForm(Context ctx) {
        pages.requireAdmin(ctx);
        return pages.requireForm(ctx);
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").trim();
    }
}
