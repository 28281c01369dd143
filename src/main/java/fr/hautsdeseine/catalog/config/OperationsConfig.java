package fr.hautsdeseine.catalog.config;

import java.util.Map;

/**
 * How the server reports on itself, read from {@code CATALOG_*} variables.
 *
 * @param accessLog one log line per request (logger {@code access}), on by default
 */
public record OperationsConfig(boolean accessLog) {

    public static OperationsConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static OperationsConfig from(Map<String, String> env) {
        return new OperationsConfig(!"false".equalsIgnoreCase(env.getOrDefault("CATALOG_ACCESS_LOG", "true")));
    }
}
