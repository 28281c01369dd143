package fr.hautsdeseine.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.accounts.Accounts;
import fr.hautsdeseine.catalog.accounts.Role;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The record form over real HTTP: drafts, validation beside the fields, publication, publishers, CSRF. */
class RecordFormTest {
    static final String ADMIN = "admin@hauts-de-seine.fr";
    static final String EDITOR = "editeur@sceaux.fr";
    static final String PASSWORD = "correct horse battery";
    static final String DEPARTEMENT = "/publishers/departement-des-hauts-de-seine";
    static final String SCEAUX = "http://id.insee.fr/geo/commune/92071";

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

    /** Every field of a dataset the portal profile accepts, with one distribution and one column. */
    static Map<String, String> completeForm(TestCatalog catalog, String id) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("identifier", id);
        fields.put("title-fr", "Bornes de recharge des parkings départementaux");
        fields.put("title-en", "Charging points of the departmental car parks");
        fields.put("description-fr", "Emplacement et puissance des bornes de recharge pour véhicules électriques.");
        fields.put("publisher", catalog.url(DEPARTEMENT));
        fields.put("theme", "http://publications.europa.eu/resource/authority/data-theme/TRAN");
        fields.put("keywords", "mobilité, recharge");
        fields.put("frequency", "http://publications.europa.eu/resource/authority/frequency/ANNUAL");
        fields.put("language", "http://publications.europa.eu/resource/authority/language/FRA");
        fields.put("place", SCEAUX);
        fields.put("temporal-start", "2025-01-01");
        fields.put("contact-name", "Direction des mobilités");
        fields.put("contact-email", "mobilites@hauts-de-seine.fr");
        fields.put("dist-0-iri", "");
        fields.put("dist-0-title", "Export CSV");
        fields.put("dist-0-download", "https://opendata.hauts-de-seine.fr/exports/bornes.csv");
        fields.put("dist-0-access", "https://opendata.hauts-de-seine.fr/explore/bornes/");
        fields.put("dist-0-format", "http://publications.europa.eu/resource/authority/file-type/CSV");
        fields.put("dist-0-licence", "https://www.etalab.gouv.fr/licence-ouverte-open-licence");
        fields.put("notice-description", "Une ligne par borne de recharge.");
        fields.put("notice-production", "Relevé annuel des gestionnaires de parkings.");
        fields.put("notice-update-policy", "Mise à jour chaque année en janvier.");
        fields.put("notice-caveats", "Les bornes en panne ne sont pas signalées.");
        fields.put("col-0-name", "puissance_kw");
        fields.put("col-0-title", "Puissance (kW)");
        fields.put("col-0-datatype", "decimal");
        fields.put("col-0-description", "Puissance maximale de la borne.");
        fields.put("action", "save");
        return fields;
    }

    private HttpResponse<String> postForm(BackOfficeClient browser, String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>();
        withToken.put("csrf", browser.csrf());
        withToken.putAll(fields);
        return browser.postExactly(path, withToken);
    }

    private List<Integer> publicStatuses(String id) {
        List<Integer> statuses = new ArrayList<>();
        statuses.add(catalog.get("/datasets/" + id).statusCode());
        statuses.add(catalog.get("/datasets/" + id + ".ttl").statusCode());
        return statuses;
    }

    private boolean inSparql(String id) {
        return catalog.sparql("ASK { GRAPH ?g { ?d <http://purl.org/dc/terms/identifier> \"" + id + "\" } }")
                .contains("true");
    }

    @Test
    void a_draft_is_invisible_on_every_public_route_until_it_is_published() {
        admin.get("/admin/datasets/new");

        HttpResponse<String> saved = postForm(admin, "/admin/datasets/new", completeForm(catalog, "bornes-recharge"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue(catalog.url("/admin/datasets/bornes-recharge?saved=1"));
        HttpResponse<String> form = admin.get("/admin/datasets/bornes-recharge?saved=1");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Brouillon enregistré.").contains("value=\"Export CSV\"")
                .contains("id=\"place-92071\" value=\"" + SCEAUX + "\" checked>").doesNotContain("id=\"error-summary\"");
        assertThat(publicStatuses("bornes-recharge")).containsExactly(404, 404);
        assertThat(catalog.get("/datasets?q=bornes").body()).doesNotContain("bornes-recharge");
        assertThat(catalog.get("/sitemap.xml").body()).doesNotContain("bornes-recharge");
        assertThat(catalog.get("/catalog.ttl").body()).doesNotContain("bornes-recharge");
        assertThat(catalog.get("/").body()).doesNotContain("Bornes de recharge");
        assertThat(catalog.get("/themes/TRAN").body()).doesNotContain("bornes-recharge");
        assertThat(catalog.get("/publishers/departement-des-hauts-de-seine").body()).doesNotContain("bornes-recharge");
        assertThat(catalog.get("/catalog.jsonld").body()).doesNotContain("bornes-recharge");
        assertThat(inSparql("bornes-recharge")).isFalse();

        HttpResponse<String> confirm = admin.get("/admin/datasets/bornes-recharge/publish");
        HttpResponse<String> published = admin.post("/admin/datasets/bornes-recharge/publish");

        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Oui, publier");
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(publicStatuses("bornes-recharge")).containsExactly(200, 200);
        assertThat(catalog.get("/catalog.ttl").body()).contains("bornes-recharge");
        assertThat(inSparql("bornes-recharge")).isTrue();
        assertThat(catalog.get("/datasets?q=bornes").body()).contains("bornes-recharge");
        assertThat(catalog.get("/themes/TRAN").body()).contains("bornes-recharge");
        assertThat(catalog.get("/publishers/departement-des-hauts-de-seine").body()).contains("bornes-recharge");
        assertThat(catalog.get("/sitemap.xml").body()).contains("bornes-recharge");
        assertThat(catalog.get("/datasets/bornes-recharge", "Accept", "text/html").body())
                .contains("<dt>Couverture géographique</dt><dd><span class=\"place\">Sceaux</span>")
                .containsPattern("\"spatialCoverage\" : \\{\\s*\"@type\" : \"Place\",\\s*\"@id\" : \"" + SCEAUX
                        + "\",\\s*\"name\" : \"Sceaux\"");
        assertThat(catalog.get("/datasets/bornes-recharge?lang=en", "Accept", "text/html").body())
                .contains("<dt>Spatial coverage</dt><dd><span class=\"place\">Sceaux</span>");
        assertThat(catalog.get("/datasets/bornes-recharge.ttl").body()).contains("<" + SCEAUX + ">");
    }

    private void publish(String id, Map<String, String> fields, String path) {
        admin.get(path);
        assertThat(postForm(admin, path, fields).statusCode()).isEqualTo(303);
        admin.get("/admin/datasets/" + id + "/publish");
        assertThat(admin.post("/admin/datasets/" + id + "/publish").statusCode()).isEqualTo(303);
    }

    @Test
    void the_history_compares_two_versions_and_restores_the_first_as_a_new_one() {
        Map<String, String> first = completeForm(catalog, "bornes-recharge");
        publish("bornes-recharge", first, "/admin/datasets/new");
        Map<String, String> second = new LinkedHashMap<>(first);
        second.put("title-fr", "Bornes de recharge (2026)");
        second.put("place", "http://id.insee.fr/geo/departement/92");
        second.put("dist-0-iri", catalog.url("/datasets/bornes-recharge#distribution-1"));
        publish("bornes-recharge", second, "/admin/datasets/bornes-recharge");

        String history = admin.get("/admin/datasets/bornes-recharge/history").body();
        Matcher versions = Pattern.compile("id=\"from-(\\d+)\"").matcher(history);
        List<String> sequences = versions.results().map(m -> m.group(1)).toList();
        assertThat(sequences).hasSize(2);
        String older = sequences.get(1);
        String newer = sequences.get(0);
        HttpResponse<String> diff = admin.get("/admin/datasets/bornes-recharge/history?from=" + older + "&to=" + newer);
        assertThat(diff.body()).contains("data-field=\"title-fr\">Titre (français)</th><td><del>Bornes de recharge des parkings départementaux</del></td>"
                + "<td><ins>Bornes de recharge (2026)</ins></td>").doesNotContain("data-field=\"title-en\"")
                .contains("data-field=\"places\">Couverture géographique</th><td><del>" + SCEAUX + "</del></td>");

        HttpResponse<String> restored = admin.post("/admin/datasets/bornes-recharge/restore", "sequence", older);
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(admin.get("/admin/datasets/bornes-recharge").body())
                .contains("value=\"Bornes de recharge des parkings départementaux\"");
        assertThat(catalog.get("/datasets/bornes-recharge").body()).contains("Bornes de recharge (2026)");
        admin.get("/admin/datasets/bornes-recharge/publish");
        admin.post("/admin/datasets/bornes-recharge/publish");

        assertThat(catalog.get("/datasets/bornes-recharge").body()).contains("Bornes de recharge des parkings départementaux");
        String after = admin.get("/admin/datasets/bornes-recharge/history").body();
        assertThat(Pattern.compile("id=\"from-(\\d+)\"").matcher(after).results().count()).isEqualTo(3);
        assertThat(after).contains("backoffice:" + ADMIN);
    }

    @Test
    void a_discarded_draft_leaves_the_published_version_as_it_was() {
        Map<String, String> first = completeForm(catalog, "bornes-recharge");
        publish("bornes-recharge", first, "/admin/datasets/new");
        Map<String, String> second = new LinkedHashMap<>(first);
        second.put("title-fr", "Titre jamais publié");
        admin.get("/admin/datasets/bornes-recharge");
        postForm(admin, "/admin/datasets/bornes-recharge", second);

        HttpResponse<String> confirm = admin.get("/admin/datasets/bornes-recharge/discard");
        HttpResponse<String> discarded = admin.post("/admin/datasets/bornes-recharge/discard");

        assertThat(confirm.body()).contains("Oui, abandonner");
        assertThat(discarded.statusCode()).isEqualTo(303);
        assertThat(Files.exists(catalog.dataDir().resolve("drafts/bornes-recharge.nt"))).isFalse();
        assertThat(admin.get("/admin/datasets/bornes-recharge").body())
                .contains("value=\"Bornes de recharge des parkings départementaux\"").doesNotContain("Titre jamais publié");
        assertThat(catalog.get("/datasets/bornes-recharge").body()).doesNotContain("Titre jamais publié");
    }

    @Test
    void a_violation_is_shown_beside_its_field_and_blocks_publication() {
        admin.get("/admin/datasets/new");
        Map<String, String> fields = completeForm(catalog, "bornes-recharge");
        fields.put("dist-0-download", "pas une adresse");
        fields.put("dist-0-access", "");

        postForm(admin, "/admin/datasets/new", fields);
        HttpResponse<String> form = admin.get("/admin/datasets/bornes-recharge");
        HttpResponse<String> confirm = admin.get("/admin/datasets/bornes-recharge/publish");
        HttpResponse<String> forced = admin.post("/admin/datasets/bornes-recharge/publish");

        assertThat(form.body()).contains("id=\"error-summary\"").contains("href=\"#dist-0-download\"")
                .contains("<div id=\"dist-0-download-issues\">");
        assertThat(form.body()).containsPattern("id=\"dist-0-download\"[^>]*aria-invalid=\"true\"");
        assertThat(confirm.statusCode()).isEqualTo(422);
        assertThat(confirm.body()).doesNotContain("Oui, publier");
        assertThat(forced.statusCode()).isEqualTo(422);
        assertThat(publicStatuses("bornes-recharge")).containsExactly(404, 404);
        assertThat(catalog.server().store().record("bornes-recharge")).isEmpty();
    }

    @Test
    void an_editor_cannot_open_or_change_another_publishers_record() throws Exception {
        admin.get("/admin/datasets/new");
        postForm(admin, "/admin/datasets/new", completeForm(catalog, "bornes-recharge"));
        admin.get("/admin/datasets/bornes-recharge/publish");
        admin.post("/admin/datasets/bornes-recharge/publish");
        String before = Files.readString(catalog.dataDir().resolve("audit.jsonl"), StandardCharsets.UTF_8);
        BackOfficeClient editor = new BackOfficeClient(catalog);
        editor.signIn(EDITOR, PASSWORD);
        editor.get("/admin");

        HttpResponse<String> open = editor.get("/admin/datasets/bornes-recharge");
        Map<String, String> changed = completeForm(catalog, "bornes-recharge");
        changed.put("title-fr", "Titre changé par un autre producteur");
        HttpResponse<String> save = postForm(editor, "/admin/datasets/bornes-recharge", changed);
        HttpResponse<String> withdraw = editor.post("/admin/datasets/bornes-recharge/withdraw");
        HttpResponse<String> create = postForm(editor, "/admin/datasets/new", completeForm(catalog, "autre-jeu"));

        assertThat(open.statusCode()).isEqualTo(403);
        assertThat(save.statusCode()).isEqualTo(403);
        assertThat(save.body()).contains("Vous ne pouvez pas modifier les jeux de données de ce producteur");
        assertThat(withdraw.statusCode()).isEqualTo(403);
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(Files.exists(catalog.dataDir().resolve("drafts/bornes-recharge.nt"))).isFalse();
        assertThat(Files.exists(catalog.dataDir().resolve("drafts/autre-jeu.nt"))).isFalse();
        assertThat(catalog.get("/datasets/bornes-recharge").body()).doesNotContain("Titre changé");
        assertThat(Files.readString(catalog.dataDir().resolve("audit.jsonl"), StandardCharsets.UTF_8)).isEqualTo(before);
    }

    @Test
    void a_form_without_or_with_a_wrong_csrf_token_is_refused_and_writes_nothing() {
        admin.get("/admin/datasets/new");
        Map<String, String> fields = completeForm(catalog, "bornes-recharge");

        HttpResponse<String> without = admin.postExactly("/admin/datasets/new", fields);
        Map<String, String> wrong = new LinkedHashMap<>(fields);
        wrong.put("csrf", "not-the-token");
        HttpResponse<String> forged = admin.postExactly("/admin/datasets/new", wrong);

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Rien n'a été enregistré");
        assertThat(Files.exists(catalog.dataDir().resolve("drafts/bornes-recharge.nt"))).isFalse();
    }

    @Test
    void the_column_dictionary_is_read_from_a_sample_csv_file() {
        admin.get("/admin/datasets/new");
        Map<String, String> fields = completeForm(catalog, "bornes-recharge");
        fields.keySet().removeIf(name -> name.startsWith("col-"));
        fields.put("action", "read-csv");
        byte[] csv = "commune;puissance_kw;mise_en_service;\"adresse; complément\"\nSceaux;22,5;2024-03-01;\"1 rue Houdan; parking\"\nAntony;7;2023-11-20;\n"
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> read = admin.postMultipart("/admin/datasets/new", fields, "csv", "bornes.csv", csv);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("id=\"col-0-name\" name=\"col-0-name\" type=\"text\" value=\"commune\"")
                .contains("value=\"puissance_kw\"").contains("value=\"mise_en_service\"").contains("value=\"adresse; complément\"")
                .doesNotContain("id=\"col-4-name\"");
        assertThat(read.body()).containsPattern("id=\"col-1-datatype\"[\\s\\S]*?<option value=\"decimal\" selected>");
        assertThat(read.body()).containsPattern("id=\"col-2-datatype\"[\\s\\S]*?<option value=\"date\" selected>");
        assertThat(Files.exists(catalog.dataDir().resolve("drafts/bornes-recharge.nt"))).isFalse();
    }
}
