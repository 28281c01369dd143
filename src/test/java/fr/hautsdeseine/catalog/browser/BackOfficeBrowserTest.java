package fr.hautsdeseine.catalog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.accounts.Accounts;
import fr.hautsdeseine.catalog.accounts.Role;
import fr.hautsdeseine.catalog.config.BackOfficeConfig;
import fr.hautsdeseine.catalog.web.OidcProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The back office in a real headless Chromium, signed in through a real OpenID Connect provider on
 * loopback: a dataset with two distributions and a notice whose columns come from a CSV file, a
 * violation shown beside its field, fixed, published, then found on the public site, in /catalog and in
 * /sparql; edited, two versions compared, the first restored. Each back-office page is photographed in French and English under target/screenshots.
 */
@ExtendWith(ScreenshotOnFailure.class)
class BackOfficeBrowserTest implements ScreenshotOnFailure.BrowserTest {
    private static final String ADMIN = "equipe-opendata@hauts-de-seine.fr";
    private static final String ID = "bornes-recharge-parkings";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;
    @TempDir
    Path profile;
    private OidcProvider provider;
    private TestCatalog catalog;
    private WebDriver driver;
    /** The screenshots this run took, as {page}-{lang}. */
    private final List<String> taken = new ArrayList<>();

    @BeforeEach
    void start() {
        provider = new OidcProvider();
        Accounts.in(dir).add(ADMIN, Role.ADMIN, List.of(), null, false);
        catalog = TestCatalog.start(TestCatalog.config(dir), BackOfficeConfig.defaults()
                .withOidc(provider.issuer(), OidcProvider.CLIENT_ID, OidcProvider.CLIENT_SECRET));
        driver = Browser.start(profile, "fr-FR,fr");
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        catalog.close();
        provider.close();
    }

    @Override
    public WebDriver driver() {
        return driver;
    }

    @Test
    void the_team_signs_in_creates_fixes_publishes_and_signs_out() throws IOException {
        driver.get(catalog.url("/admin"));
        assertThat(driver.getCurrentUrl()).startsWith(catalog.url("/admin/sign-in"));
        screenshot("sign-in");

        provider.nextSignInAs(ADMIN);
        go(By.id("sign-in-provider"));
        assertThat(driver.findElement(By.id("signed-in-as")).getText()).isEqualTo(ADMIN);
        screenshot("dashboard");

        go(By.linkText("Nouveau jeu de données"));
        type("identifier", ID);
        type("title-fr", "Bornes de recharge des parkings départementaux");
        type("title-en", "Charging points of the departmental car parks");
        type("description-fr", "Emplacement et puissance des bornes de recharge pour véhicules électriques.");
        new Select(driver.findElement(By.id("publisher"))).selectByVisibleText("Département des Hauts-de-Seine");
        driver.findElement(By.id("theme-TRAN")).click();
        driver.findElement(By.id("place-92071")).click();
        type("keywords", "mobilité, recharge");
        new Select(driver.findElement(By.id("frequency"))).selectByValue("http://publications.europa.eu/resource/authority/frequency/ANNUAL");
        type("contact-name", "Direction des mobilités");
        type("contact-email", "mobilites@hauts-de-seine.fr");
        distribution(0, "Export CSV", "adresse invalide", "CSV");
        go(By.id("add-distribution"));
        distribution(1, "Export GeoJSON", "https://opendata.hauts-de-seine.fr/exports/bornes.geojson", "GEOJSON");
        type("notice-description", "Une ligne par borne de recharge.");
        type("notice-production", "Relevé annuel des gestionnaires de parkings.");
        type("notice-update-policy", "Mise à jour chaque année en janvier.");
        type("notice-caveats", "Les bornes en panne ne sont pas signalées.");
        Path csv = dir.resolve("bornes.csv");
        Files.writeString(csv, "commune;puissance_kw;mise_en_service\nSceaux;22,5;2024-03-01\nAntony;7;2023-11-20\n",
                StandardCharsets.UTF_8);
        driver.findElement(By.id("csv")).sendKeys(csv.toAbsolutePath().toString());
        go(By.id("read-csv"));
        assertThat(driver.findElement(By.id("col-1-name")).getAttribute("value")).isEqualTo("puissance_kw");
        assertThat(new Select(driver.findElement(By.id("col-2-datatype"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("date");
        assertThat(driver.findElement(By.id("dist-1-title")).getAttribute("value")).isEqualTo("Export GeoJSON");
        for (int i = 0; i < 3; i++) {
            type("col-" + i + "-description", "Colonne " + (i + 1) + " du fichier.");
        }
        screenshot("new-dataset");
        go(By.id("save"));

        WebElement summary = driver.findElement(By.id("error-summary"));
        WebElement downloadField = driver.findElement(By.id("dist-0-download")).findElement(By.xpath(".."));
        assertThat(downloadField.getAttribute("class")).contains("has-error");
        assertThat(downloadField.findElement(By.className("field-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("dist-0-download")).getAttribute("aria-invalid")).isEqualTo("true");
        summary.findElement(By.cssSelector("a[href='#dist-0-download']")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("dist-0-download");
        screenshot("dataset-with-violation");
        assertThat(driver.findElements(By.id("publish"))).isNotEmpty();
        go(By.id("publish"));
        assertThat(driver.findElements(By.id("confirm"))).isEmpty();
        screenshot("publish-blocked");
        driver.navigate().back();

        WebElement download = driver.findElement(By.id("dist-0-download"));
        download.clear();
        download.sendKeys("https://opendata.hauts-de-seine.fr/exports/bornes.csv");
        go(By.id("save"));
        assertThat(driver.findElements(By.id("error-summary"))).isEmpty();
        assertThat(driver.findElement(By.id("form-notice")).getText()).isEqualTo("Brouillon enregistré.");
        assertThat(catalog.get("/datasets/" + ID).statusCode()).isEqualTo(404);

        go(By.id("publish"));
        screenshot("publish-confirmation");
        WebElement confirm = driver.findElement(By.id("confirm"));
        confirm.sendKeys(Keys.ENTER);
        Browser.waitUntilGone(driver, confirm, Duration.ofSeconds(30));
        assertThat(driver.findElement(By.id("form-notice")).getText()).isEqualTo("Jeu de données publié.");

        driver.get(catalog.url("/datasets/" + ID));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Bornes de recharge des parkings départementaux");
        assertThat(driver.getPageSource()).contains("puissance_kw").contains("Export GeoJSON");
        assertThat(driver.findElement(By.className("place")).getText()).isEqualTo("Sceaux");
        assertThat(catalog.get("/catalog.ttl").body()).contains("/datasets/" + ID + ">");
        assertThat(catalog.sparql("SELECT ?t WHERE { ?d <http://purl.org/dc/terms/identifier> \"" + ID
                + "\" ; <http://purl.org/dc/terms/title> ?t }")).contains("Bornes de recharge des parkings");

        driver.get(catalog.url("/admin/datasets/" + ID));
        type("title-fr", "Bornes de recharge des parkings (2026)");
        go(By.id("save"));
        arrivedAt("?saved=1");
        go(By.id("publish"));
        arrivedAt("/publish");
        go(By.id("confirm"));
        arrivedAt("?published=1");
        go(By.id("history"));
        arrivedAt("/history");
        List<WebElement> froms = driver.findElements(By.cssSelector("input[name=from]"));
        List<WebElement> tos = driver.findElements(By.cssSelector("input[name=to]"));
        assertThat(froms).hasSize(2);
        froms.get(1).click();
        tos.get(0).click();
        go(By.id("compare"));
        arrivedAt("to=");
        assertThat(driver.findElement(By.id("diff")).getText()).contains("Titre (français)")
                .contains("Bornes de recharge des parkings départementaux").contains("Bornes de recharge des parkings (2026)");
        screenshot("history");
        go(By.id("restore"));
        arrivedAt("?restored=");
        assertThat(driver.findElement(By.id("title-fr")).getAttribute("value"))
                .isEqualTo("Bornes de recharge des parkings départementaux");
        go(By.id("publish"));
        arrivedAt("/publish");
        go(By.id("confirm"));
        arrivedAt("?published=1");
        driver.get(catalog.url("/datasets/" + ID));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Bornes de recharge des parkings départementaux");

        photographAdministration("fr");
        driver.get(catalog.url("/admin?lang=en"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        screenshot("dashboard", "en");
        driver.get(catalog.url("/admin/datasets/new"));
        screenshot("new-dataset", "en");
        photographAdministration("en");

        driver.get(catalog.url("/admin?lang=fr"));
        go(By.id("sign-out"));
        assertThat(driver.findElement(By.className("notice")).getText()).isEqualTo("Vous êtes déconnecté.");
        screenshot("signed-out");
        driver.get(catalog.url("/admin"));
        assertThat(driver.getCurrentUrl()).startsWith(catalog.url("/admin/sign-in"));
        driver.get(catalog.url("/admin/sign-in?lang=en"));
        screenshot("sign-in", "en");
        driver.get(catalog.url("/admin/sign-in?signed-out=1&lang=en"));
        assertThat(driver.findElement(By.className("notice")).getText()).isNotBlank();
        screenshot("signed-out", "en");
        assertThat(taken).containsAll(everyPageInBothLanguages());
    }

    /** The back office's pages, each of which the test above photographs in French and in English. */
    private static List<String> everyPageInBothLanguages() {
        List<String> files = new ArrayList<>();
        for (String page : List.of("sign-in", "signed-out", "dashboard", "new-dataset", "dataset",
                "dataset-with-violation", "publish-blocked", "publish-confirmation", "discard-confirmation",
                "withdraw-confirmation", "history-list", "history", "users", "harvest", "tokens", "quality", "password",
                "not-found", "refused")) {
            files.add(page + "-fr");
            files.add(page + "-en");
        }
        return files;
    }


    private void photographAdministration(String lang) {
        for (String page : List.of("users", "harvest", "tokens", "quality")) {
            driver.get(catalog.url("/admin/" + page));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
            screenshot(page, lang);
        }
        driver.get(catalog.url("/admin/password"));
        screenshot("password", lang);
        driver.get(catalog.url("/admin/datasets/" + ID));
        screenshot("dataset", lang);
        driver.get(catalog.url("/admin/datasets/" + ID + "/history"));
        screenshot("history-list", lang);
        driver.get(catalog.url("/admin/datasets/" + ID + "/withdraw"));
        screenshot("withdraw-confirmation", lang);
        photographDraftPages(lang);
        driver.get(catalog.url("/admin/datasets/" + ID + "/history"));
        List<WebElement> froms = driver.findElements(By.cssSelector("input[name=from]"));
        List<WebElement> tos = driver.findElements(By.cssSelector("input[name=to]"));
        String oldest = froms.get(froms.size() - 1).getAttribute("value");
        String newest = tos.get(0).getAttribute("value");
        driver.get(catalog.url("/admin/datasets/" + ID + "/history?from=" + oldest + "&to=" + newest));
        assertThat(driver.findElements(By.id("diff"))).isNotEmpty();
        screenshot("history", lang);
        driver.get(catalog.url("/admin/datasets/no-such-dataset"));
        assertThat(driver.findElement(By.id("refusal")).getText()).isNotBlank();
        screenshot("not-found", lang);
        driver.get(catalog.url("/admin/datasets/" + ID));
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('#record-form input[name=csrf]').value = 'forged';");
        go(By.id("save"));
        assertThat(driver.findElement(By.id("refusal")).getText()).isNotBlank();
        screenshot("refused", lang);
    }

    /** A draft of the published dataset: with a violation, then fixed, then discarded (the published version stays). */
    private void photographDraftPages(String lang) {
        driver.get(catalog.url("/admin/datasets/" + ID));
        type("dist-0-download", "adresse invalide");
        go(By.id("save"));
        assertThat(driver.findElements(By.id("error-summary"))).isNotEmpty();
        screenshot("dataset-with-violation", lang);
        driver.get(catalog.url("/admin/datasets/" + ID + "/publish"));
        assertThat(driver.findElements(By.id("confirm"))).isEmpty();
        screenshot("publish-blocked", lang);
        driver.get(catalog.url("/admin/datasets/" + ID));
        type("dist-0-download", "https://opendata.hauts-de-seine.fr/exports/bornes.csv");
        go(By.id("save"));
        driver.get(catalog.url("/admin/datasets/" + ID + "/publish"));
        assertThat(driver.findElements(By.id("confirm"))).isNotEmpty();
        screenshot("publish-confirmation", lang);
        driver.get(catalog.url("/admin/datasets/" + ID + "/discard"));
        screenshot("discard-confirmation", lang);
        go(By.id("confirm"));
        assertThat(driver.findElements(By.id("publish"))).isEmpty();
    }

    /** Clicks a link or button and waits for the page it leads to, so the next step acts on the new page. */
    private void go(By target) {
        WebElement element = driver.findElement(target);
        element.click();
        Browser.waitUntilGone(driver, element, Duration.ofSeconds(30));
    }

    /** Waits for the page a click leads to, so that the next step acts on it and not on the one before. */
    private void arrivedAt(String urlPart) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(urlPart));
    }

    private void distribution(int index, String title, String download, String format) {
        type("dist-" + index + "-title", title);
        type("dist-" + index + "-download", download);
        type("dist-" + index + "-access", "https://opendata.hauts-de-seine.fr/explore/bornes/");
        new Select(driver.findElement(By.id("dist-" + index + "-format")))
                .selectByValue("http://publications.europa.eu/resource/authority/file-type/" + format);
        new Select(driver.findElement(By.id("dist-" + index + "-licence")))
                .selectByValue("https://www.etalab.gouv.fr/licence-ouverte-open-licence");
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void screenshot(String page) {
        screenshot(page, "fr");
    }

    private void screenshot(String page, String lang) {
        Path target = SCREENSHOTS.resolve("backoffice-" + page + "-" + lang + ".png");
        taken.add(page + "-" + lang);
        // The whole page, not only the window: the window grows to the page's height for the picture.
        Dimension window = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        int pageHeight = (int) Math.min(Math.max(height, window.getHeight()), 8000);
        driver.manage().window().setSize(new Dimension(window.getWidth(), pageHeight));
        try {
            Files.createDirectories(target.getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }
}
