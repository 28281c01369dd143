package fr.hautsdeseine.catalog.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Validators and conditional requests (RFC 9110, 8.8 and 13): every answer carries an {@code ETag}
 * and a {@code Last-Modified}; a request whose validators still hold gets {@code 304} and no body.
 */
final class HttpCaching {
    private HttpCaching() {
    }

    /** A strong entity tag for one representation, from what it is made of. */
    static String etag(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sets the validators; true (with status 304 set) when the client's copy is current.
     * {@code If-None-Match}, when sent, decides alone, as RFC 9110 asks.
     */
    static boolean notModified(Context ctx, String etag, Instant lastModified) {
        Instant seconds = lastModified.truncatedTo(ChronoUnit.SECONDS);
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(seconds.atZone(ZoneOffset.UTC)));
        ctx.header("Cache-Control", "public, no-cache");
        String ifNoneMatch = ctx.header("If-None-Match");
        boolean current;
        if (ifNoneMatch != null) {
            current = matches(ifNoneMatch, etag);
        } else {
            current = notModifiedSince(ctx.header("If-Modified-Since"), seconds);
        }
        if (current) {
            ctx.status(304);
        }
        return current;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean notModifiedSince(String ifModifiedSince, Instant lastModified) {
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;   // an invalid date is ignored (RFC 9110, 13.1.3)
        }
    }
}
