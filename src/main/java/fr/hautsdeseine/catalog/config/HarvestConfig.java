package fr.hautsdeseine.catalog.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Limits every harvest run obeys, read from {@code CATALOG_HARVEST_*} variables: time, size, pages,
 * redirects, retries, which hosts may be fetched at all (empty: any host), and how long a record
 * a partner stops listing waits before it is withdrawn ({@code CATALOG_HARVEST_WITHDRAWAL_DAYS}).
 */
public record HarvestConfig(
        Duration connectTimeout,
        Duration readTimeout,
        long maxPageBytes,
        long maxRunBytes,
        int maxPages,
        int maxRedirects,
        int retries,
        Duration retryBackoff,
        Set<String> allowedHosts,
        Duration scheduleTick,
        Duration withdrawalGrace) {

    public HarvestConfig {
        allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
        if (maxPageBytes <= 0 || maxRunBytes <= 0 || maxPages <= 0 || maxRedirects < 0 || retries < 0
                || withdrawalGrace.isNegative()) {
            throw new IllegalArgumentException("CATALOG_HARVEST_* limits must be positive");
        }
    }

    public static HarvestConfig defaults() {
        return from(Map.of());
    }

    public static HarvestConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static HarvestConfig from(Map<String, String> env) {
        return new HarvestConfig(
                Duration.ofSeconds(number(env, "CATALOG_HARVEST_CONNECT_TIMEOUT_SECONDS", 10)),
                Duration.ofSeconds(number(env, "CATALOG_HARVEST_READ_TIMEOUT_SECONDS", 60)),
                number(env, "CATALOG_HARVEST_MAX_PAGE_BYTES", 16L * 1024 * 1024),
                number(env, "CATALOG_HARVEST_MAX_RUN_BYTES", 512L * 1024 * 1024),
                (int) number(env, "CATALOG_HARVEST_MAX_PAGES", 1000),
                3,
                (int) number(env, "CATALOG_HARVEST_RETRIES", 2),
                Duration.ofSeconds(1),
                Set.of(env.getOrDefault("CATALOG_HARVEST_ALLOWED_HOSTS", "").split(",")),
                Duration.ofSeconds(30),
                Duration.ofDays(number(env, "CATALOG_HARVEST_WITHDRAWAL_DAYS", 7)));
    }

    public boolean allows(String host) {
        return allowedHosts.isEmpty() || (host != null && allowedHosts.contains(host.toLowerCase(Locale.ROOT)));
    }

    public HarvestConfig withTimeouts(Duration connect, Duration read) {
        return new HarvestConfig(connect, read, maxPageBytes, maxRunBytes, maxPages, maxRedirects, retries,
                retryBackoff, allowedHosts, scheduleTick, withdrawalGrace);
    }

    public HarvestConfig withSizeLimits(long page, long run, int pages) {
        return new HarvestConfig(connectTimeout, readTimeout, page, run, pages, maxRedirects, retries,
                retryBackoff, allowedHosts, scheduleTick, withdrawalGrace);
    }

    public HarvestConfig withRetries(int count, Duration backoff) {
        return new HarvestConfig(connectTimeout, readTimeout, maxPageBytes, maxRunBytes, maxPages, maxRedirects, count,
                backoff, allowedHosts, scheduleTick, withdrawalGrace);
    }

    public HarvestConfig withAllowedHosts(String... hosts) {
        return new HarvestConfig(connectTimeout, readTimeout, maxPageBytes, maxRunBytes, maxPages, maxRedirects, retries,
                retryBackoff, Set.copyOf(Arrays.asList(hosts)), scheduleTick, withdrawalGrace);
    }

    public HarvestConfig withWithdrawalGrace(Duration grace) {
        return new HarvestConfig(connectTimeout, readTimeout, maxPageBytes, maxRunBytes, maxPages, maxRedirects, retries,
                retryBackoff, allowedHosts, scheduleTick, grace);
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        return EnvironmentVariables.wholeNumber(env, name, fallback);
    }
}
