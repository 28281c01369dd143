package fr.hautsdeseine.catalog.web;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider on a loopback port (discovery, keys, authorization and token endpoints),
 * whose next sign-in is for the person the test names.
 */
public final class OidcProvider implements AutoCloseable {
    public static final String ISSUER_ID = "hds";
    public static final String CLIENT_ID = "catalog-back-office";
    public static final String CLIENT_SECRET = "catalog-secret";

    private final MockOAuth2Server server = new MockOAuth2Server();

    public OidcProvider() {
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** The next authorization at this provider signs in this email. */
    public void nextSignInAs(String email) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-" + email, "JWT", List.of(CLIENT_ID),
                Map.of("email", email, "email_verified", true), 3600));
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
