package fr.hautsdeseine.catalog.harvest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A partner catalog the portal harvests.
 *
 * @param name  a short URL-safe name, unique among sources
 * @param url   the catalog's URL (http or https)
 * @param type  how to read it
 * @param every how often the server harvests it on its own; empty: only when asked
 */
public record HarvestSource(String name, URI url, SourceType type, Optional<Duration> every) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(1);

    public HarvestSource {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Source name '" + name
                    + "' must be 1 to 64 lower-case letters, digits, '-' or '_'");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("Source URL <" + url + "> must be an http or https URL with a host");
        }
        if (every.isPresent() && every.get().compareTo(SHORTEST_INTERVAL) < 0) {
            throw new IllegalArgumentException("Interval " + every.get() + " is too short: at least 1 minute");
        }
    }

    public static URI parseUrl(String text) {
        try {
            return new URI(text == null ? "" : text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Source URL '" + text + "' is not a URL: " + e.getMessage());
        }
    }

    /** Parses "24h", "30m", "7d" or an ISO-8601 duration ("PT6H"). */
    public static Duration parseInterval(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.matches("\\d+[smhd]")) {
                long amount = Long.parseLong(value.substring(0, value.length() - 1));
                return switch (value.charAt(value.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
            }
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("Interval '" + text + "' is not a duration: use 30m, 24h, 7d or PT6H");
        }
    }
}
