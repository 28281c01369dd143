package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.publish.PublicationProfile;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Content negotiation by profile (W3C, "Content Negotiation by Profile", HTTP and query-string
 * functional profiles): {@code ?profile=} (a token or a URI) wins over {@code Accept-Profile}
 * ({@code <uri>;q=...} entries); neither gives the default. A profile the catalog does not offer is a
 * {@code 406} that lists those it does. The answer names its profile in {@code Content-Profile} and
 * in a {@code Link rel="profile"}, and links the same resource in the other profiles.
 */
final class ProfileNegotiation {
    private ProfileNegotiation() {
    }

    static PublicationProfile choose(Context ctx) {
        List<String> asked = ctx.queryParams("profile");
        if (asked.size() > 1) {
            throw new ApiException(400, "profile must be given once; got it " + asked.size() + " times");
        }
        if (!asked.isEmpty()) {
            return PublicationProfile.named(asked.get(0).trim()).orElseThrow(() -> unknown("'" + asked.get(0) + "'"));
        }
        String header = ctx.header("Accept-Profile");
        if (header == null || header.isBlank()) {
            return PublicationProfile.DCAT_AP_3;
        }
        return fromHeader(header).orElseThrow(() -> unknown("Accept-Profile '" + header + "'"));
    }

    /** Sets the headers that name the answer's profile and point to the others. */
    static void announce(Context ctx, PublicationProfile chosen, Function<PublicationProfile, String> urlIn) {
        String vary = ctx.res().getHeader("Vary");
        ctx.header("Vary", vary == null ? "Accept-Profile" : vary + ", Accept-Profile");
        ctx.header("Content-Profile", "<" + chosen.uri() + ">");
        List<String> links = new ArrayList<>();
        links.add("<" + chosen.uri() + ">; rel=\"profile\"");
        for (PublicationProfile other : PublicationProfile.values()) {
            if (other != chosen) {
                links.add("<" + urlIn.apply(other) + ">; rel=\"alternate\"; profile=\"" + other.uri() + "\"");
            }
        }
        ctx.header("Link", String.join(", ", links));
    }

    /** The offered profile of highest quality among the header's entries (ties: the header's order). */
    private static Optional<PublicationProfile> fromHeader(String header) {
        PublicationProfile best = null;
        double bestQuality = 0;
        for (String entry : header.split(",")) {
            String[] parts = entry.split(";");
            String name = parts[0].trim();
            if (name.startsWith("<") && name.endsWith(">")) {
                name = name.substring(1, name.length() - 1);
            }
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.startsWith("q=")) {
                    quality = quality(parameter.substring(2));
                }
            }
            Optional<PublicationProfile> profile = PublicationProfile.named(name);
            if (profile.isPresent() && quality > bestQuality) {
                best = profile.get();
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(String value) {
        try {
            double quality = Double.parseDouble(value);
            return quality >= 0 && quality <= 1 ? quality : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static ApiException unknown(String what) {
        return new ApiException(406, "No profile offered here matches " + what + "; offered: " + PublicationProfile.list());
    }
}
