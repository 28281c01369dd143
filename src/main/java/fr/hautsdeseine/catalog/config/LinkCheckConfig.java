package fr.hautsdeseine.catalog.config;

import java.time.Duration;
import java.util.Map;

/**
 * How the link checker treats the hosts it checks, read from {@code CATALOG_LINK_CHECK_*} variables: how
 * often it runs (0 hours: only on demand), how long one URL may take, how many redirects it follows,
 * how many requests it sends a host at once and how long it waits between two.
 */
public record LinkCheckConfig(Duration interval, Duration timeout, int maxRedirects, int perHost, Duration pause,
                              String userAgent) {

    public LinkCheckConfig {
        if (interval.isNegative() || timeout.isZero() || timeout.isNegative() || maxRedirects < 0 || perHost <= 0
                || pause.isNegative()) {
            throw new IllegalArgumentException("CATALOG_LINK_CHECK_* settings must be positive");
        }
    }

    public static LinkCheckConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static LinkCheckConfig from(Map<String, String> env) {
        return new LinkCheckConfig(
                Duration.ofHours(EnvironmentVariables.wholeNumber(env, "CATALOG_LINK_CHECK_INTERVAL_HOURS", 24)),
                Duration.ofSeconds(10), 5,
                (int) EnvironmentVariables.wholeNumber(env, "CATALOG_LINK_CHECK_PER_HOST", 2),
                Duration.ofMillis(EnvironmentVariables.wholeNumber(env, "CATALOG_LINK_CHECK_PAUSE_MILLIS", 500)),
                "HautsDeSeineCatalog-LinkChecker/1.0");
    }

    /** Scheduled checks run only with a positive interval. */
    public boolean scheduled() {
        return !interval.isZero();
    }
}
