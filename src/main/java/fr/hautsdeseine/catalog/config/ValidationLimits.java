package fr.hautsdeseine.catalog.config;

import java.util.Map;

/**
 * What anonymous validation ({@code POST /api/validate}, no token) may cost: how many run at once, and
 * the largest body. Validation is the one anonymous request that parses and checks a whole document, so
 * it gets limits of its own, below the write API's.
 */
public record ValidationLimits(int maxConcurrent, long maxBodyBytes) {
    public static final String MAX_CONCURRENT = "CATALOG_VALIDATE_MAX_CONCURRENT";
    public static final String MAX_BODY_BYTES = "CATALOG_VALIDATE_MAX_BODY_BYTES";
    public static final ValidationLimits DEFAULTS = new ValidationLimits(2, 5L * 1024 * 1024);

    public ValidationLimits {
        if (maxConcurrent <= 0) {
            throw new IllegalArgumentException(MAX_CONCURRENT + " must be positive, got " + maxConcurrent);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException(MAX_BODY_BYTES + " must be positive, got " + maxBodyBytes);
        }
    }

    public static ValidationLimits fromEnvironment() {
        return from(System.getenv());
    }

    public static ValidationLimits from(Map<String, String> env) {
        return new ValidationLimits(
                (int) EnvironmentVariables.wholeNumber(env, MAX_CONCURRENT, DEFAULTS.maxConcurrent),
                EnvironmentVariables.wholeNumber(env, MAX_BODY_BYTES, DEFAULTS.maxBodyBytes));
    }
}
