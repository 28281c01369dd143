package fr.hautsdeseine.catalog.web;

import fr.hautsdeseine.catalog.partner.PartnerTokens;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards the write and admin API: the bearer token of {@code CATALOG_ADMIN_TOKEN} is the admin; a
 * partner token (created by the admin) is a partner that writes only its own publisher's records.
 */
final class AdminAuth {
    private final Optional<byte[]> token;
    private final PartnerTokens partners;

    AdminAuth(Optional<String> adminToken, PartnerTokens partners) {
        this.token = adminToken.map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.partners = partners;
    }

    /** Only the admin. */
    void require(Context ctx) {
        admin(ctx);
    }

    /** Only the admin: who it is, for the audit log. */
    Principal admin(Context ctx) {
        Principal principal = authenticate(ctx);
        if (!principal.isAdmin()) {
            throw new ApiException(403, "This needs the admin token; a partner token may only write its own records");
        }
        return principal;
    }

    /** The admin or a partner; 401 for any other token. */
    Principal authenticate(Context ctx) {
        if (token.isEmpty()) {
            throw new ApiException(403, "The write API is disabled: start the server with CATALOG_ADMIN_TOKEN set"
                    + " to a secret, then send it as 'Authorization: Bearer <token>'");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"catalog\"");
            throw new ApiException(401, "Missing 'Authorization: Bearer <token>' header");
        }
        String secret = header.substring(7).trim();
        if (MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), token.get())) {
            return Principal.ADMIN;
        }
        return partners.find(secret).map(partner -> Principal.partner(partner.id(), partner.publisher()))
                .orElseThrow(() -> {
                    ctx.header("WWW-Authenticate", "Bearer realm=\"catalog\", error=\"invalid_token\"");
                    return new ApiException(401, "The bearer token is not valid");
                });
    }
}
