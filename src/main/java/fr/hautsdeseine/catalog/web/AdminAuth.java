package fr.hautsdeseine.catalog.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Guards the write API with the bearer token of {@code CATALOG_ADMIN_TOKEN}. */
final class AdminAuth {
    private final Optional<byte[]> token;

    AdminAuth(Optional<String> adminToken) {
        this.token = adminToken.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    void require(Context ctx) {
        if (token.isEmpty()) {
            throw new ApiException(403, "The write API is disabled: start the server with CATALOG_ADMIN_TOKEN set"
                    + " to a secret, then send it as 'Authorization: Bearer <token>'");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"catalog\"");
            throw new ApiException(401, "Missing 'Authorization: Bearer <token>' header");
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.get())) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"catalog\", error=\"invalid_token\"");
            throw new ApiException(401, "The bearer token is not valid");
        }
    }
}
