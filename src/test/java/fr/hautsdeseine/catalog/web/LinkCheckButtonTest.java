package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.LoopbackFiles;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.accounts.Accounts;
import fr.hautsdeseine.catalog.accounts.Role;
import fr.hautsdeseine.catalog.audit.AuditEntry;
import fr.hautsdeseine.catalog.audit.AuditLog;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The back office's "check the links now" button over real HTTP: an admin starts a check, which reaches a record's
 * links on a file server on loopback; an editor sees the state but may not start one; a form without the session's
 * token is refused; a second start while one runs starts nothing.
 */
class LinkCheckButtonTest {
    private static final String ADMIN = "admin@hauts-de-seine.fr";
    private static final String EDITOR = "editeur@sceaux.fr";
    private static final String PASSWORD = "correct horse battery";
    private static final String IDLE = "id=\"link-running\">aucune vérification en cours</dd>";
    private static final String RUNNING = "id=\"link-running\">vérification en cours</dd>";

    @FreshCatalog(backOffice = true)
    private TestCatalog catalog;
    private BackOfficeClient admin;
    private LoopbackFiles files;

    @BeforeEach
    void start() {
        files = LoopbackFiles.serving("/files/colleges.csv");
        // The access URL answers, the download URL is missing (404).
        String record = files.oneFoundOneMissing(TestCatalog.resource("/records/one-dataset.ttl"));
        assertThat(catalog.write("PUT", "/api/datasets/colleges", "text/turtle", record).statusCode()).isEqualTo(201);
        Accounts accounts = Accounts.in(catalog.dataDir());
        accounts.add(ADMIN, Role.ADMIN, List.of(), PASSWORD, false);
        accounts.add(EDITOR, Role.EDITOR, List.of("https://www.sceaux.fr/"), PASSWORD, false);
        admin = new BackOfficeClient(catalog);
        admin.signIn(ADMIN, PASSWORD);
    }

    @AfterEach
    void stop() {
        files.close();
    }

    @Test
    void an_admin_starts_a_check_in_the_background_and_the_page_then_shows_what_it_found() {
        String before = admin.get("/admin/quality").body();
        assertThat(before).contains(IDLE, "id=\"last-check\">jamais</dd>", "id=\"link-urls\">2</dd>",
                "id=\"link-checked\">0</dd>", "id=\"link-never-checked\">2</dd>",
                "<button type=\"submit\" id=\"check-links\">Vérifier les liens maintenant</button>",
                "href=\"" + catalog.url("/admin/quality") + "\"");

        HttpResponse<String> started = admin.post("/admin/quality/link-checks");

        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.headers().firstValue("Location")).hasValue(catalog.url("/admin/quality?link-check=started"));
        assertThat(admin.get("/admin/quality?link-check=started").body()).contains("<p class=\"notice\" role=\"status\" "
                + "id=\"notice\">La vérification des liens a commencé ; elle se poursuit en arrière-plan.");
        String after = awaitIdle(admin);
        assertThat(after).contains("id=\"link-urls\">2</dd>", "id=\"link-checked\">2</dd>",
                "id=\"link-unreachable\">1</dd>", "id=\"link-never-checked\">0</dd>",
                "<tr><td>erreur HTTP 404</td><td>1</td></tr>").doesNotContain("id=\"last-check\">jamais");
        assertThat(files.requests()).containsExactlyInAnyOrder("HEAD /files/colleges.csv", "HEAD /files/missing.csv");
        assertThat(audited()).singleElement().satisfies(entry -> {
            assertThat(entry.who()).isEqualTo(ADMIN);
            assertThat(entry.action()).isEqualTo("link check started");
        });
        assertThat(admin.get("/admin/quality?lang=en").body()).contains("id=\"link-unreachable\">1</dd>",
                "<tr><td>HTTP error 404</td><td>1</td></tr>", "Check the links now");
    }

    @Test
    void an_editor_sees_the_state_without_the_button_and_may_not_start_a_check() {
        BackOfficeClient editor = new BackOfficeClient(catalog);
        editor.signIn(EDITOR, PASSWORD);

        String page = editor.get("/admin/quality").body();
        HttpResponse<String> refused = editor.post("/admin/quality/link-checks");

        assertThat(page).contains(IDLE, "id=\"link-urls\">2</dd>",
                "Seuls les administrateurs peuvent lancer une vérification des liens.")
                .doesNotContain("id=\"check-links\"", "/admin/quality/link-checks");
        assertThat(editor.csrf()).isNotEmpty();
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Seuls les administrateurs peuvent lancer une vérification des liens. "
                + "Rien n'a été lancé.");
        assertNothingStarted();
    }

    @Test
    void a_start_without_the_session_token_or_with_another_is_refused() {
        admin.get("/admin/quality");

        HttpResponse<String> without = admin.postExactly("/admin/quality/link-checks", Map.of());
        HttpResponse<String> forged = admin.postExactly("/admin/quality/link-checks", Map.of("csrf", "not-the-token"));

        for (HttpResponse<String> refused : List.of(without, forged)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Ce formulaire a expiré ou ne vient pas de cette page");
        }
        assertNothingStarted();
    }

    @Test
    void a_second_start_while_a_check_runs_starts_nothing_and_says_so() throws InterruptedException {
        files.hold();
        admin.get("/admin/quality");
        assertThat(admin.post("/admin/quality/link-checks").headers().firstValue("Location"))
                .hasValue(catalog.url("/admin/quality?link-check=started"));
        assertThat(files.awaitRequest(Duration.ofSeconds(30))).isTrue();

        String running = admin.get("/admin/quality").body();
        HttpResponse<String> second = admin.post("/admin/quality/link-checks");
        String answer = admin.get("/admin/quality?link-check=running").body();
        files.release();

        assertThat(running).contains(RUNNING, "<button type=\"submit\" id=\"check-links\" disabled "
                + "aria-describedby=\"link-running\">Vérification des liens en cours…</button>");
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.headers().firstValue("Location")).hasValue(catalog.url("/admin/quality?link-check=running"));
        assertThat(answer).contains("role=\"status\" id=\"notice\">Une vérification des liens est déjà en cours : "
                + "aucune autre n'a été lancée.");
        assertThat(awaitIdle(admin)).contains("id=\"link-checked\">2</dd>");
        // One run: one HEAD per URL, and one start in the audit log.
        assertThat(files.requests()).containsExactlyInAnyOrder("HEAD /files/colleges.csv", "HEAD /files/missing.csv");
        assertThat(audited()).hasSize(1);
    }

    private void assertNothingStarted() {
        assertThat(admin.get("/admin/quality").body()).contains(IDLE, "id=\"link-checked\">0</dd>");
        assertThat(files.requests()).isEmpty();
        assertThat(audited()).isEmpty();
    }

    private List<AuditEntry> audited() {
        return AuditLog.in(catalog.dataDir(), Clock.systemUTC()).query(Optional.empty(), Optional.empty(), 100).stream()
                .filter(entry -> entry.action().startsWith("link check")).toList();
    }

    /** The quality page once no check runs any more (polled: a check runs in the background). */
    private static String awaitIdle(BackOfficeClient client) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String page = client.get("/admin/quality").body();
        while (!page.contains(IDLE) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            page = client.get("/admin/quality").body();
        }
        assertThat(page).as("the link check ended within 60 s").contains(IDLE);
        return page;
    }
}
