package fr.hautsdeseine.catalog.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a {@code dct:identifier} into a record id that is stable (the same identifier always gives the
 * same id), URL-safe, and never shared by two different identifiers.
 */
public final class RecordIds {
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9_-]{1,200}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int SLUG_LENGTH = 80;

    private RecordIds() {
    }

    /**
     * An identifier made only of letters, digits, {@code -} and {@code _} is its own id. Any other
     * (an IRI, text with spaces, accents or dots) becomes a readable slug plus 8 hex digits of its
     * SHA-256, so ids of different identifiers cannot collide.
     */
    public static String fromIdentifier(String identifier) {
        String trimmed = identifier.strip();
        if (URL_SAFE.matcher(trimmed).matches()) {
            return trimmed;
        }
        String slug = slug(trimmed);
        String hash = sha256Prefix(trimmed);
        return slug.isEmpty() ? hash : slug + "-" + hash;
    }

    public static boolean isValidId(String id) {
        return id != null && URL_SAFE.matcher(id).matches();
    }

    private static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = NOT_SLUG.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(slug.length() - SLUG_LENGTH).replaceAll("^-+", "");
        }
        return slug;
    }

    private static String sha256Prefix(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
