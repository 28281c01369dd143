package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.accounts.Accounts;
import fr.hautsdeseine.catalog.accounts.Role;
import fr.hautsdeseine.catalog.config.BackOfficeConfig;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenID Connect sign-in (authorization code with PKCE) against a real provider on loopback. */
class OidcSignInTest {
    private static final String ADMIN = "chef-de-projet@hauts-de-seine.fr";

    @TempDir
    Path dir;
    private OidcProvider provider;
    private TestCatalog catalog;

    @BeforeEach
    void start() {
        provider = new OidcProvider();
        Accounts.in(dir).add(ADMIN, Role.ADMIN, List.of(), null, false);
        catalog = TestCatalog.start(TestCatalog.config(dir), BackOfficeConfig.defaults()
                .withOidc(provider.issuer(), OidcProvider.CLIENT_ID, OidcProvider.CLIENT_SECRET));
    }

    @AfterEach
    void stop() {
        catalog.close();
        provider.close();
    }

    /** Follows the redirects of a sign-in through the provider; answers the catalog's last answer. */
    private HttpResponse<String> signInThroughProvider(BackOfficeClient browser) {
        HttpResponse<String> toProvider = browser.get("/admin/sign-in/oidc?next=/admin");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(provider.issuer()).contains("code_challenge_method=S256").contains("nonce=");
        HttpResponse<String> back = browser.get(authorize);
        assertThat(back.statusCode()).isEqualTo(302);
        String callback = back.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(catalog.url("/admin/sign-in/oidc/callback?"));
        return browser.get(callback);
    }

    @Test
    void a_person_with_an_account_signs_in_through_the_identity_provider() {
        BackOfficeClient browser = new BackOfficeClient(catalog);
        provider.nextSignInAs(ADMIN);

        HttpResponse<String> landed = signInThroughProvider(browser);

        assertThat(landed.statusCode()).isEqualTo(303);
        assertThat(landed.headers().firstValue("Location")).hasValue(catalog.url("/admin"));
        HttpResponse<String> dashboard = browser.get("/admin");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("id=\"signed-in-as\">" + ADMIN);
    }

    @Test
    void a_person_the_provider_knows_but_the_catalog_does_not_is_refused() {
        BackOfficeClient browser = new BackOfficeClient(catalog);
        provider.nextSignInAs("inconnu@example.org");

        HttpResponse<String> landed = signInThroughProvider(browser);

        assertThat(landed.statusCode()).isEqualTo(403);
        assertThat(landed.body()).contains("No account for inconnu@example.org in this catalog");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(303);
    }

    @Test
    void a_callback_in_another_browser_than_the_one_that_started_is_refused() {
        BackOfficeClient started = new BackOfficeClient(catalog);
        provider.nextSignInAs(ADMIN);
        String authorize = started.get("/admin/sign-in/oidc").headers().firstValue("Location").orElseThrow();
        String callback = started.get(authorize).headers().firstValue("Location").orElseThrow();
        BackOfficeClient other = new BackOfficeClient(catalog);

        HttpResponse<String> landed = other.get(callback);

        assertThat(landed.statusCode()).isEqualTo(403);
        assertThat(landed.body()).contains("This sign-in was not started in this browser");
        assertThat(other.get("/admin").statusCode()).isEqualTo(303);
    }

    @Test
    void the_sign_in_page_offers_the_identity_provider() {
        HttpResponse<String> page = new BackOfficeClient(catalog).get("/admin/sign-in");

        assertThat(page.body()).contains("id=\"sign-in-provider\"").contains("Se connecter avec le compte de la collectivité");
    }
}
