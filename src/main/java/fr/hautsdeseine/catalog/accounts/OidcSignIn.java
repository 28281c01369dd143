package fr.hautsdeseine.catalog.accounts;

import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import fr.hautsdeseine.catalog.config.BackOfficeConfig;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OpenID Connect sign-in (authorization code flow with PKCE and a nonce) against the body's identity
 * provider, with the Nimbus SDK. The provider's metadata is read on first use, so that a provider
 * that is down does not stop the catalog from starting. A flow must end within ten minutes, in the
 * browser that began it (its state is also kept in a cookie the caller sets).
 */
public final class OidcSignIn {
    private static final Duration FLOW_LIMIT = Duration.ofMinutes(10);

    private record Pending(CodeVerifier verifier, Nonce nonce, Instant started) {
    }

    /** Where to send the browser, and the state to remember in its cookie. */
    public record Start(URI authorizationUri, String state) {
    }

    private final BackOfficeConfig.Oidc settings;
    private final URI callback;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private volatile OIDCProviderMetadata provider;

    public OidcSignIn(BackOfficeConfig.Oidc settings, URI callback, Clock clock) {
        this.settings = settings;
        this.callback = callback;
        this.clock = clock;
    }

    public Start start() {
        Instant now = clock.instant();
        pending.values().removeIf(flow -> flow.started().plus(FLOW_LIMIT).isBefore(now));
        State state = new State();
        CodeVerifier verifier = new CodeVerifier();
        Nonce nonce = new Nonce();
        pending.put(state.getValue(), new Pending(verifier, nonce, now));
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "email", "profile"), new ClientID(settings.clientId()), callback)
                .endpointURI(provider().getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Start(request.toURI(), state.getValue());
    }

    /**
     * Completes a flow from the provider's redirect: checks the state against the browser's, trades the
     * code (with the PKCE verifier) for tokens, validates the ID token, and returns its email claim.
     */
    public String finish(URI redirect, String browserState) {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(redirect);
        } catch (ParseException e) {
            throw new OidcSignInException("The identity provider's answer could not be read: " + e.getMessage(), e);
        }
        String state = response.getState() == null ? null : response.getState().getValue();
        if (state == null || !state.equals(browserState)) {
            throw new OidcSignInException("This sign-in was not started in this browser; start again");
        }
        Pending flow = pending.remove(state);
        if (flow == null || flow.started().plus(FLOW_LIMIT).isBefore(clock.instant())) {
            throw new OidcSignInException("This sign-in expired; start again");
        }
        if (response instanceof AuthenticationErrorResponse error) {
            throw new OidcSignInException("The identity provider refused the sign-in: "
                    + error.getErrorObject().getDescription());
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        JWTClaimsSet claims = claims(code, flow);
        try {
            String email = claims.getStringClaim("email");
            Boolean verified = claims.getBooleanClaim("email_verified");
            if (email == null || Boolean.FALSE.equals(verified)) {
                throw new OidcSignInException("The identity provider gave no verified email address");
            }
            return email;
        } catch (java.text.ParseException e) {
            throw new OidcSignInException("The ID token's email claim is malformed", e);
        }
    }

    private JWTClaimsSet claims(AuthorizationCode code, Pending flow) {
        OIDCProviderMetadata metadata = provider();
        TokenRequest request = new TokenRequest.Builder(metadata.getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(code, callback, flow.verifier())).build();
        try {
            TokenResponse response = OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                throw new OidcSignInException("The identity provider refused the code: "
                        + response.toErrorResponse().getErrorObject().getDescription());
            }
            var idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                    JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL());
            return validator.validate(idToken, flow.nonce()).toJWTClaimsSet();
        } catch (IOException e) {
            throw new OidcSignInException("The identity provider could not be reached: " + e.getMessage(), e);
        } catch (ParseException | JOSEException | BadJOSEException e) {
            throw new OidcSignInException("The identity provider's ID token is not valid: " + e.getMessage(), e);
        }
    }

    private OIDCProviderMetadata provider() {
        OIDCProviderMetadata known = provider;
        if (known == null) {
            try {
                known = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()));
            } catch (IOException | GeneralException e) {
                throw new OidcSignInException("The identity provider " + settings.issuer()
                        + " (CATALOG_OIDC_ISSUER) could not be read: " + e.getMessage(), e);
            }
            provider = known;
        }
        return known;
    }
}
