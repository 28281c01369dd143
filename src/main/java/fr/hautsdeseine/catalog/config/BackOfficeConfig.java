package fr.hautsdeseine.catalog.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The back office's sign-in settings, read from {@code CATALOG_ADMIN_EMAIL}, {@code CATALOG_OIDC_*} and
 * {@code CATALOG_SESSION_IDLE_MINUTES}. OpenID Connect is on when an issuer and a client id are set.
 *
 * @param adminEmail the first admin's email, created with a one-time password when there is no account yet
 * @param oidc       the identity provider, if any
 * @param sessionIdle how long a session may go unused before it ends
 */
public record BackOfficeConfig(Optional<String> adminEmail, Optional<Oidc> oidc, Duration sessionIdle) {

    /** An OpenID Connect client registered with the body's identity provider. */
    public record Oidc(String issuer, String clientId, String clientSecret) {
    }

    public BackOfficeConfig {
        adminEmail = adminEmail.filter(email -> !email.isBlank()).map(String::trim);
        if (sessionIdle.isNegative() || sessionIdle.isZero()) {
            throw new IllegalArgumentException("CATALOG_SESSION_IDLE_MINUTES must be positive");
        }
    }

    public static BackOfficeConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static BackOfficeConfig from(Map<String, String> env) {
        String issuer = env.getOrDefault("CATALOG_OIDC_ISSUER", "").trim();
        String clientId = env.getOrDefault("CATALOG_OIDC_CLIENT_ID", "").trim();
        if (issuer.isEmpty() != clientId.isEmpty()) {
            throw new IllegalArgumentException("Set both CATALOG_OIDC_ISSUER and CATALOG_OIDC_CLIENT_ID, or neither");
        }
        Optional<Oidc> oidc = issuer.isEmpty() ? Optional.empty()
                : Optional.of(new Oidc(issuer, clientId, env.getOrDefault("CATALOG_OIDC_CLIENT_SECRET", "")));
        return new BackOfficeConfig(Optional.ofNullable(env.get("CATALOG_ADMIN_EMAIL")), oidc,
                Duration.ofMinutes(EnvironmentVariables.wholeNumber(env, "CATALOG_SESSION_IDLE_MINUTES", 30)));
    }

    public static BackOfficeConfig defaults() {
        return from(Map.of());
    }

    public BackOfficeConfig withOidc(String issuer, String clientId, String clientSecret) {
        return new BackOfficeConfig(adminEmail, Optional.of(new Oidc(issuer, clientId, clientSecret)), sessionIdle);
    }

    public BackOfficeConfig withAdminEmail(String email) {
        return new BackOfficeConfig(Optional.ofNullable(email), oidc, sessionIdle);
    }
}
