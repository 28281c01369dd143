package fr.hautsdeseine.catalog.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the server needs to know about its deployment, read once from {@code CATALOG_*}
 * environment variables (command-line flags override them through {@link #withPort} and friends).
 */
public record CatalogConfig(
        Path dataDir,
        int port,
        String baseUrl,
        Optional<String> adminToken,
        long maxBodyBytes,
        boolean loadDemo,
        Duration sparqlTimeout,
        int sparqlMaxRows,
        int sparqlMaxConcurrent) {

    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_SPARQL_MAX_ROWS = 10_000;
    public static final int DEFAULT_SPARQL_MAX_CONCURRENT = 4;

    public CatalogConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("CATALOG_PORT must be between 0 and 65535, got " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("CATALOG_MAX_BODY_BYTES must be positive, got " + maxBodyBytes);
        }
        if (sparqlTimeout.isNegative() || sparqlTimeout.isZero()) {
            throw new IllegalArgumentException("CATALOG_SPARQL_TIMEOUT_SECONDS must be positive, got " + sparqlTimeout.toSeconds());
        }
        if (sparqlMaxRows <= 0) {
            throw new IllegalArgumentException("CATALOG_SPARQL_MAX_ROWS must be positive, got " + sparqlMaxRows);
        }
        if (sparqlMaxConcurrent <= 0) {
            throw new IllegalArgumentException("CATALOG_SPARQL_MAX_CONCURRENT must be positive, got " + sparqlMaxConcurrent);
        }
        baseUrl = stripTrailingSlash(baseUrl);
        adminToken = adminToken.filter(token -> !token.isBlank());
    }

    public static CatalogConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static CatalogConfig from(Map<String, String> env) {
        int port = intVariable(env, "CATALOG_PORT", DEFAULT_PORT);
        return new CatalogConfig(
                Path.of(env.getOrDefault("CATALOG_DATA_DIR", "data")),
                port,
                env.getOrDefault("CATALOG_BASE_URL", "http://localhost:" + port),
                Optional.ofNullable(env.get("CATALOG_ADMIN_TOKEN")),
                longVariable(env, "CATALOG_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES),
                !"false".equalsIgnoreCase(env.getOrDefault("CATALOG_DEMO", "true")),
                Duration.ofSeconds(longVariable(env, "CATALOG_SPARQL_TIMEOUT_SECONDS", 30)),
                intVariable(env, "CATALOG_SPARQL_MAX_ROWS", DEFAULT_SPARQL_MAX_ROWS),
                intVariable(env, "CATALOG_SPARQL_MAX_CONCURRENT", DEFAULT_SPARQL_MAX_CONCURRENT));
    }

    public CatalogConfig withDataDir(Path dir) {
        return new CatalogConfig(dir, port, baseUrl, adminToken, maxBodyBytes, loadDemo, sparqlTimeout, sparqlMaxRows, sparqlMaxConcurrent);
    }

    /** A new port also moves a base URL that was only the default one. */
    public CatalogConfig withPort(int newPort) {
        String base = baseUrl.equals("http://localhost:" + port) ? "http://localhost:" + newPort : baseUrl;
        return new CatalogConfig(dataDir, newPort, base, adminToken, maxBodyBytes, loadDemo, sparqlTimeout, sparqlMaxRows, sparqlMaxConcurrent);
    }

    public CatalogConfig withBaseUrl(String url) {
        return new CatalogConfig(dataDir, port, url, adminToken, maxBodyBytes, loadDemo, sparqlTimeout, sparqlMaxRows, sparqlMaxConcurrent);
    }

    public CatalogConfig withAdminToken(String token) {
        return new CatalogConfig(dataDir, port, baseUrl, Optional.ofNullable(token), maxBodyBytes, loadDemo, sparqlTimeout, sparqlMaxRows, sparqlMaxConcurrent);
    }

    public CatalogConfig withDemo(boolean demo) {
        return new CatalogConfig(dataDir, port, baseUrl, adminToken, maxBodyBytes, demo, sparqlTimeout, sparqlMaxRows, sparqlMaxConcurrent);
    }

    public CatalogConfig withMaxBodyBytes(long bytes) {
        return new CatalogConfig(dataDir, port, baseUrl, adminToken, bytes, loadDemo, sparqlTimeout, sparqlMaxRows, sparqlMaxConcurrent);
    }

    /** The SPARQL endpoint's limits: query time, result rows, queries running at once. */
    public CatalogConfig withSparqlLimits(Duration timeout, int maxRows, int maxConcurrent) {
        return new CatalogConfig(dataDir, port, baseUrl, adminToken, maxBodyBytes, loadDemo, timeout, maxRows, maxConcurrent);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static int intVariable(Map<String, String> env, String name, int fallback) {
        return (int) longVariable(env, name, fallback);
    }

    private static long longVariable(Map<String, String> env, String name, long fallback) {
        return EnvironmentVariables.wholeNumber(env, name, fallback);
    }
}
