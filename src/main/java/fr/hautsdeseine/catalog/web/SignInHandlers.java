package fr.hautsdeseine.catalog.web;

import java.time.Instant;
import io.javalin.http.HttpStatus;
import fr.hautsdeseine.catalog.accounts.Account;
import fr.hautsdeseine.catalog.accounts.OidcSignIn;
import fr.hautsdeseine.catalog.accounts.OidcSignInException;
import fr.hautsdeseine.catalog.accounts.PasswordHasher;
import fr.hautsdeseine.catalog.accounts.Session;
import fr.hautsdeseine.catalog.accounts.SignIn.SignedIn;
import fr.hautsdeseine.catalog.accounts.SignInRefusedException;
import fr.hautsdeseine.catalog.backoffice.BackOfficeFrame;
import io.javalin.http.Context;
import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signing in (password or identity provider), changing one's password, signing out. */
final class SignInHandlers {
    private static final Logger log = LoggerFactory.getLogger(SignInHandlers.class);
    private static final String OIDC_COOKIE = "hds_oidc";
    private static final int FORM_SECONDS = 30 * 60;

    private final BackOfficePages pages;
    private final SecureRandom random = new SecureRandom();

    SignInHandlers(BackOfficePages pages) {
        this.pages = pages;
    }

    void form(Context ctx) {
        if (pages.signedIn(ctx).isPresent()) {
            pages.redirect(ctx, next(ctx));
            return;
        }
        showForm(ctx, 200, "", Optional.empty());
    }

    void signIn(Context ctx) {
        String sentToken = ctx.formParam("csrf");
        String cookieToken = ctx.cookie(BackOfficePages.FORM_COOKIE);
        if (sentToken == null || cookieToken == null || !MessageDigest.isEqual(sentToken.getBytes(StandardCharsets.UTF_8),
                cookieToken.getBytes(StandardCharsets.UTF_8))) {
            throw BackOfficeException.refused(403, "forbidden.csrf", "Sign-in form without its token");
        }
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").trim();
        try {
            Session session = pages.signIn().withPassword(email, Optional.ofNullable(ctx.formParam("password")).orElse(""));
            pages.startSession(ctx, session);
            pages.redirect(ctx, next(ctx));
        } catch (SignInRefusedException refused) {
            if (refused.lockedUntil().isPresent()) {
                ctx.header("Retry-After", String.valueOf(Math.max(1,
                        refused.lockedUntil().get().getEpochSecond() - Instant.now().getEpochSecond())));
                showForm(ctx, 429, email, Optional.of("signin.locked"));
            } else {
                showForm(ctx, 401, email, Optional.of("signin.wrong"));
            }
        }
    }

    void startProvider(Context ctx) {
        OidcSignIn oidc = pages.signIn().oidc().orElseThrow(() ->
                BackOfficeException.refused(404, "signin.noProvider", "No identity provider is configured"));
        try {
            OidcSignIn.Start start = oidc.start();
            pages.cookie(ctx, OIDC_COOKIE, start.state() + "." + encodeNext(next(ctx)), 600);
            ctx.header("Cache-Control", "no-store");
            ctx.redirect(start.authorizationUri().toString(), HttpStatus.FOUND);
        } catch (OidcSignInException e) {
            log.warn("[sign-in] identity provider unavailable: {}", e.getMessage());
            showForm(ctx, 502, "", Optional.of("signin.providerDown"));
        }
    }

    void providerCallback(Context ctx) {
        OidcSignIn oidc = pages.signIn().oidc().orElseThrow(() ->
                BackOfficeException.refused(404, "signin.noProvider", "No identity provider is configured"));
        String cookie = Optional.ofNullable(ctx.cookie(OIDC_COOKIE)).orElse("");
        int dot = cookie.indexOf('.');
        String state = dot < 0 ? cookie : cookie.substring(0, dot);
        String next = dot < 0 ? "/admin" : decodeNext(cookie.substring(dot + 1));
        pages.cookie(ctx, OIDC_COOKIE, "", 0);
        URI redirect = URI.create(pages.base() + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
        try {
            String email = oidc.finish(redirect, state);
            pages.startSession(ctx, pages.signIn().withProvider(email));
            pages.redirect(ctx, next);
        } catch (OidcSignInException e) {
            log.warn("[sign-in] identity provider sign-in refused: {}", e.getMessage());
            BackOfficeFrame frame = pages.frame(ctx, "signin.title", Optional.empty());
            pages.render(ctx, 403, "refused.jte", frame, Map.of("message", e.getMessage()));
        }
    }

    void signOut(Context ctx) {
        SignedIn user = pages.requireForm(ctx);
        pages.signIn().sessions().close(user.session().id());
        pages.endSession(ctx);
        log.info("[sign-in] {} signed out", user.account().email());
        pages.redirect(ctx, "/admin/sign-in?signed-out=1");
    }

    void passwordForm(Context ctx) {
        SignedIn user = pages.require(ctx);
        showPassword(ctx, 200, user, Optional.empty());
    }

    void changePassword(Context ctx) {
        SignedIn user = pages.requireForm(ctx);
        Account account = user.account();
        String current = Optional.ofNullable(ctx.formParam("current")).orElse("");
        String chosen = Optional.ofNullable(ctx.formParam("password")).orElse("");
        if (account.passwordHash() != null && pages.signIn().accounts().check(account.email(), current).isEmpty()) {
            showPassword(ctx, 422, user, Optional.of("password.wrongCurrent"));
            return;
        }
        if (!chosen.equals(ctx.formParam("confirm"))) {
            showPassword(ctx, 422, user, Optional.of("password.mismatch"));
            return;
        }
        if (chosen.codePointCount(0, chosen.length()) < PasswordHasher.MIN_LENGTH) {
            showPassword(ctx, 422, user, Optional.of("password.short"));
            return;
        }
        pages.signIn().accounts().setPassword(account.email(), chosen, false);
        // Every other browser signed in as this account is signed out.
        pages.signIn().sessions().closeAll(account.email());
        pages.startSession(ctx, pages.signIn().sessions().open(account.email()));
        log.info("[sign-in] {} changed their password", account.email());
        pages.redirect(ctx, "/admin?password-changed=1");
    }

    private void showForm(Context ctx, int status, String email, Optional<String> errorKey) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        pages.cookie(ctx, BackOfficePages.FORM_COOKIE, token, FORM_SECONDS);
        BackOfficeFrame frame = pages.frame(ctx, "signin.title", Optional.empty());
        frame = new BackOfficeFrame(frame.site(), frame.t(), null, token);
        pages.render(ctx, status, "sign-in.jte", frame, Map.of(
                "email", email,
                "next", next(ctx),
                "error", errorKey.map(frame.t()::get).orElse(""),
                "signedOut", ctx.queryParam("signed-out") != null,
                "provider", pages.signIn().oidc().isPresent()));
    }

    private void showPassword(Context ctx, int status, SignedIn user, Optional<String> errorKey) {
        BackOfficeFrame frame = pages.frame(ctx, "password.title", Optional.of(user));
        pages.render(ctx, status, "password.jte", frame, Map.of(
                "error", errorKey.map(frame.t()::get).orElse(""),
                "needsCurrent", user.account().passwordHash() != null,
                "oneTime", user.account().mustChangePassword()));
    }

    /** Where to go after signing in: a back-office path only, never another site. */
    private static String next(Context ctx) {
        String next = Optional.ofNullable(ctx.formParam("next")).orElse(ctx.queryParam("next"));
        return next != null && next.startsWith("/admin") && !next.startsWith("/admin/sign-") && !next.contains("//")
                ? next : "/admin";
    }

    private static String encodeNext(String next) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(next.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeNext(String encoded) {
        try {
            String next = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            return next.startsWith("/admin") && !next.contains("//") ? next : "/admin";
        } catch (IllegalArgumentException malformed) {
            return "/admin";
        }
    }
}
