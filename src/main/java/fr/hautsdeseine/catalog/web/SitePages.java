package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.site.Lang;
import fr.hautsdeseine.catalog.site.Messages;
import fr.hautsdeseine.catalog.site.PageFrame;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the site's handlers share: the language of a request (an explicit {@code ?lang=} choice, kept in
 * a cookie, else the {@code lang} cookie, else {@code Accept-Language}, else French), the page frame, and
 * the precompiled templates.
 */
final class SitePages {
    static final String LANG_COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Messages messages = new Messages();
    private final String base;

    SitePages(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    Lang language(Context ctx) {
        var explicit = Lang.of(ctx.queryParam("lang"));
        if (explicit.isPresent()) {
            ctx.res().addHeader("Set-Cookie", LANG_COOKIE + "=" + explicit.get().code() + "; Path=/; Max-Age=" + ONE_YEAR
                    + "; SameSite=Lax");
            return explicit.get();
        }
        return Lang.of(ctx.cookie(LANG_COOKIE)).orElseGet(() -> fromAcceptLanguage(ctx.header("Accept-Language")));
    }

    PageFrame frame(Context ctx, String title) {
        Lang lang = language(ctx);
        return new PageFrame(lang, messages.in(lang), base, title, switchUrl(ctx, lang.other()), "");
    }

    /** Renders a template as the answer, with the headers every page carries. */
    void render(Context ctx, int status, String template, Map<String, Object> params) {
        send(ctx, status, html(template, params));
    }

    String html(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        templates.render(template, params, output);
        return output.toString();
    }

    /** Answers with a rendered page and the headers every page carries. */
    void send(Context ctx, int status, String html) {
        ctx.status(status);
        // Add to, never replace, what content negotiation already varies on (Accept).
        String vary = ctx.res().getHeader("Vary");
        ctx.header("Vary", vary == null ? "Accept-Language, Cookie" : vary + ", Accept-Language, Cookie");
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }

    void notFound(Context ctx, PageFrame frame, String message) {
        error(ctx, 404, frame, frame.t().get("error.notfound"), message);
    }

    void badRequest(Context ctx, PageFrame frame, String message) {
        error(ctx, 400, frame, frame.t().get("error.badrequest"), message);
    }

    private void error(Context ctx, int status, PageFrame frame, String title, String message) {
        render(ctx, status, "error.jte", Map.of("frame", frame.titled(title), "message", message));
    }

    /** This same URL with {@code lang=} set to the other language (which also stores the choice). */
    private String switchUrl(Context ctx, Lang other) {
        List<String> params = new ArrayList<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("lang")) {
                values.forEach(v -> params.add(encode(name) + "=" + encode(v)));
            }
        });
        params.add("lang=" + other.code());
        return base + ctx.path() + "?" + String.join("&", params);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The first of our languages in the header's order of preference (q values honoured). */
    static Lang fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Lang.FR;
        }
        try {
            for (var range : java.util.Locale.LanguageRange.parse(header)) {
                if (range.getWeight() > 0) {
                    var lang = Lang.of(range.getRange());
                    if (lang.isPresent()) {
                        return lang.get();
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Lang.FR;
        }
        return Lang.FR;
    }
}
