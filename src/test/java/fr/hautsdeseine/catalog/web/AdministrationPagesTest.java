package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.accounts.Accounts;
import fr.hautsdeseine.catalog.accounts.Role;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admins' pages over real HTTP: accounts and roles, partner tokens, the dashboard; editors kept out. */
class AdministrationPagesTest {
    private static final String ADMIN = "admin@hauts-de-seine.fr";
    private static final String EDITOR = "editeur@sceaux.fr";
    private static final String PASSWORD = "correct horse battery";

    @FreshCatalog(backOffice = true)
    private TestCatalog catalog;
    private BackOfficeClient admin;

    @BeforeEach
    void start() {
        Accounts accounts = Accounts.in(catalog.dataDir());
        accounts.add(ADMIN, Role.ADMIN, List.of(), PASSWORD, false);
        accounts.add(EDITOR, Role.EDITOR, List.of("https://www.sceaux.fr/"), PASSWORD, false);
        admin = new BackOfficeClient(catalog);
        admin.signIn(ADMIN, PASSWORD);
    }

    @Test
    void an_admin_adds_an_account_whose_one_time_password_is_shown_once_and_works() {
        admin.get("/admin/users");

        HttpResponse<String> added = admin.post("/admin/users", "email", "Nouvelle@Hauts-de-Seine.fr", "role", "editor",
                "publisher", catalog.url("/publishers/departement-des-hauts-de-seine"));
        Matcher password = Pattern.compile("<code>([A-Za-z0-9]{20})</code>").matcher(added.body());

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(password.find()).isTrue();
        assertThat(admin.get("/admin/users").body()).doesNotContain(password.group(1)).contains("nouvelle@hauts-de-seine.fr");
        BackOfficeClient newcomer = new BackOfficeClient(catalog);
        assertThat(newcomer.signIn("nouvelle@hauts-de-seine.fr", password.group(1)).statusCode()).isEqualTo(303);
        assertThat(newcomer.get("/admin").headers().firstValue("Location")).hasValue(catalog.url("/admin/password"));
    }

    @Test
    void an_editor_is_refused_every_administration_page() {
        BackOfficeClient editor = new BackOfficeClient(catalog);
        editor.signIn(EDITOR, PASSWORD);
        editor.get("/admin");

        assertThat(editor.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/tokens").statusCode()).isEqualTo(403);
        assertThat(editor.get("/admin/harvest").statusCode()).isEqualTo(403);
        assertThat(editor.post("/admin/users", "email", "intrus@example.org", "role", "admin").statusCode()).isEqualTo(403);
        assertThat(Accounts.in(catalog.dataDir()).find("intrus@example.org")).isEmpty();
    }

    @Test
    void a_role_change_without_the_session_token_is_refused() {
        admin.get("/admin/users");

        HttpResponse<String> forged = admin.postExactly("/admin/users/role", Map.of("email", EDITOR, "role", "admin"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(Accounts.in(catalog.dataDir()).find(EDITOR).orElseThrow().role()).isEqualTo(Role.EDITOR);
    }

    @Test
    void an_admin_creates_a_partner_token_that_writes_through_the_api_then_revokes_it() {
        admin.get("/admin/tokens");
        HttpResponse<String> created = admin.post("/admin/tokens", "publisher", "https://www.sceaux.fr/");
        Matcher secret = Pattern.compile("<code>([A-Za-z0-9_-]{43})</code>").matcher(created.body());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(secret.find()).isTrue();
        String id = Pattern.compile("name=\"id\" value=\"([0-9a-f]+)\"")
                .matcher(admin.get("/admin/tokens").body()).results().findFirst().orElseThrow().group(1);
        HttpResponse<String> withToken = catalog.get("/api/tokens", "Authorization", "Bearer " + secret.group(1));

        admin.post("/admin/tokens/revoke", "id", id);
        HttpResponse<String> revoked = catalog.get("/api/tokens", "Authorization", "Bearer " + secret.group(1));

        assertThat(withToken.statusCode()).isEqualTo(403);
        assertThat(revoked.statusCode()).isEqualTo(401);
    }

    @Test
    void the_dashboard_lists_drafts_for_those_who_may_open_them() {
        admin.get("/admin/datasets/new");
        Map<String, String> form = RecordFormTest.completeForm(catalog, "bornes-recharge");
        form.put("csrf", admin.csrf());
        admin.postExactly("/admin/datasets/new", form);
        BackOfficeClient editor = new BackOfficeClient(catalog);
        editor.signIn(EDITOR, PASSWORD);

        String forAdmin = admin.get("/admin").body();
        String forEditor = editor.get("/admin").body();

        assertThat(forAdmin).contains("href=\"" + catalog.url("/admin/datasets/bornes-recharge") + "\"")
                .contains("Bornes de recharge des parkings départementaux");
        assertThat(forEditor).doesNotContain("bornes-recharge").contains("Aucun brouillon.");
    }
}
