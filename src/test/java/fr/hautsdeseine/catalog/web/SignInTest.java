package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.accounts.Accounts;
import fr.hautsdeseine.catalog.accounts.Role;
import fr.hautsdeseine.catalog.accounts.SignInThrottle;
import fr.hautsdeseine.catalog.config.BackOfficeConfig;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local accounts over real HTTP: sign-in, wrong password, lockout, CSRF, one-time password, sign-out. */
class SignInTest {
    private static final String EDITOR = "editrice@hauts-de-seine.fr";
    private static final String PASSWORD = "correct horse battery";

    @FreshCatalog(backOffice = true)
    private TestCatalog catalog;
    private BackOfficeClient browser;

    @BeforeEach
    void start() {
        Accounts.in(catalog.dataDir()).add(EDITOR, Role.EDITOR, List.of("https://www.hauts-de-seine.fr/"), PASSWORD, false);
        browser = new BackOfficeClient(catalog);
    }

    @Test
    void the_dashboard_sends_a_stranger_to_the_sign_in_page() {
        HttpResponse<String> dashboard = browser.get("/admin");

        assertThat(dashboard.statusCode()).isEqualTo(303);
        assertThat(dashboard.headers().firstValue("Location")).hasValue(catalog.url("/admin/sign-in?next=%2Fadmin"));
    }

    @Test
    void a_local_account_signs_in_with_its_password() {
        HttpResponse<String> signIn = browser.signIn(EDITOR, PASSWORD);
        HttpResponse<String> dashboard = browser.get("/admin");

        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("hds_session=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("id=\"signed-in-as\">" + EDITOR).contains("Tableau de bord");
        assertThat(dashboard.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void a_wrong_password_is_refused_without_saying_which_half_was_wrong() {
        HttpResponse<String> wrongPassword = browser.signIn(EDITOR, "not the password");
        HttpResponse<String> unknownEmail = browser.signIn("personne@example.org", PASSWORD);

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).contains("Adresse électronique ou mot de passe incorrect.");
        assertThat(unknownEmail.statusCode()).isEqualTo(401);
        assertThat(unknownEmail.body()).contains("Adresse électronique ou mot de passe incorrect.");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(303);
    }

    @Test
    void repeated_failures_lock_the_email_out_even_for_the_right_password() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES - 1; i++) {
            assertThat(browser.signIn(EDITOR, "guess " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> last = browser.signIn(EDITOR, "last guess");
        HttpResponse<String> right = browser.signIn(EDITOR, PASSWORD);

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(right.body()).contains("Trop d'échecs de connexion");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(303);
    }

    @Test
    void a_sign_in_form_without_its_token_is_refused() {
        browser.get("/admin/sign-in");

        HttpResponse<String> posted = browser.postExactly("/admin/sign-in", Map.of("email", EDITOR, "password", PASSWORD));

        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(posted.body()).contains("Rien n'a été enregistré");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(303);
    }

    @Test
    void sign_out_needs_the_session_token_and_then_ends_the_session() {
        browser.signIn(EDITOR, PASSWORD);
        browser.get("/admin");

        HttpResponse<String> forged = browser.postExactly("/admin/sign-out", Map.of("csrf", "forged"));
        int stillIn = browser.get("/admin").statusCode();
        HttpResponse<String> signOut = browser.post("/admin/sign-out");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(stillIn).isEqualTo(200);
        assertThat(signOut.statusCode()).isEqualTo(303);
        assertThat(browser.get("/admin").statusCode()).isEqualTo(303);
    }

    @Test
    void the_first_admin_gets_a_one_time_password_that_must_be_changed(@TempDir Path other) throws Exception {
        TestCatalog fresh = TestCatalog.start(TestCatalog.config(other),
                BackOfficeConfig.defaults().withAdminEmail("admin@hauts-de-seine.fr"));
        try (fresh) {
            Path file = other.resolve("accounts.json");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(file)).contains("admin@hauts-de-seine.fr").contains("$argon2id$v=19$");
            // The password is printed once and kept nowhere: set a known one, still one-time, as an operator would.
            Accounts.in(other).setPassword("admin@hauts-de-seine.fr", "one time only password", true);
            BackOfficeClient admin = new BackOfficeClient(fresh);

            admin.signIn("admin@hauts-de-seine.fr", "one time only password");
            HttpResponse<String> dashboard = admin.get("/admin");
            admin.get("/admin/password");
            HttpResponse<String> changed = admin.post("/admin/password", "current", "one time only password",
                    "password", "a much better password", "confirm", "a much better password");

            assertThat(dashboard.statusCode()).isEqualTo(303);
            assertThat(dashboard.headers().firstValue("Location")).hasValue(fresh.url("/admin/password"));
            assertThat(changed.statusCode()).isEqualTo(303);
            assertThat(admin.get("/admin").statusCode()).isEqualTo(200);
            assertThat(Accounts.in(other).check("admin@hauts-de-seine.fr", "a much better password")).isPresent();
        }
    }

    @Test
    void a_restart_signs_no_one_out_and_keeps_only_a_hash_of_the_session() throws Exception {
        browser.signIn(EDITOR, PASSWORD);
        browser.get("/admin");
        String sessionId = browser.cookie("hds_session");
        Path file = catalog.dataDir().resolve("sessions.json");
        String kept = Files.readString(file);

        catalog.restart(BackOfficeConfig.defaults());
        BackOfficeClient sameBrowser = browser.on(catalog);
        HttpResponse<String> dashboard = sameBrowser.get("/admin");
        HttpResponse<String> signOut = sameBrowser.post("/admin/sign-out");

        assertThat(sessionId).hasSizeGreaterThan(40);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("id=\"signed-in-as\">" + EDITOR);
        assertThat(signOut.statusCode()).isEqualTo(303);
        assertThat(sameBrowser.get("/admin").statusCode()).isEqualTo(303);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(kept).contains(EDITOR).doesNotContain(sessionId);
        assertThat(Files.readString(file)).doesNotContain(EDITOR);
    }

    @Test
    void an_account_removed_while_signed_in_is_signed_out() {
        browser.signIn(EDITOR, PASSWORD);

        Accounts.in(catalog.dataDir()).remove(EDITOR);

        assertThat(browser.get("/admin").statusCode()).isEqualTo(303);
    }
}
