package fr.hautsdeseine.catalog.config;

import java.util.Map;

/** Reads CATALOG_* variables, failing with the variable's name when a value is malformed. */
final class EnvironmentVariables {
    private EnvironmentVariables() {
    }

    static long wholeNumber(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }
}
