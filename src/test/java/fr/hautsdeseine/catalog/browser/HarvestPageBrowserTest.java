package fr.hautsdeseine.catalog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.accounts.Accounts;
import fr.hautsdeseine.catalog.accounts.Role;
import fr.hautsdeseine.catalog.config.BackOfficeConfig;
import fr.hautsdeseine.catalog.harvest.PartnerServer;
import fr.hautsdeseine.catalog.ingest.RecordIds;
import fr.hautsdeseine.catalog.web.OidcProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The harvest page of the back office in a real headless Chromium: a partner source is added, previewed
 * (what a run would create, storing nothing), run, previewed again (nothing would change), then removed
 * after a confirmation, which withdraws its records. Pages are photographed under target/screenshots.
 */
@ExtendWith(ScreenshotOnFailure.class)
class HarvestPageBrowserTest implements ScreenshotOnFailure.BrowserTest {
    private static final String ADMIN = "equipe-opendata@hauts-de-seine.fr";
    private static final List<String> PARTNER_RECORDS = List.of(
            RecordIds.fromIdentifier("https://data.some.org/catalog/datasets/1"),
            RecordIds.fromIdentifier("https://data.some.org/catalog/datasets/2"));

    @TempDir
    Path dir;
    @TempDir
    Path profile;
    private OidcProvider provider;
    private PartnerServer partner;
    private TestCatalog catalog;
    private WebDriver driver;

    @BeforeEach
    void start() throws IOException {
        provider = new OidcProvider();
        partner = new PartnerServer();
        partner.on("/catalog.rdf", PartnerServer.body(200, "application/rdf+xml", Files.readString(
                TestCatalog.shared("fixtures/harvest/ckanext-dcat--catalog.rdf"), StandardCharsets.UTF_8)));
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
        partner.close();
        provider.close();
    }

    @Override
    public WebDriver driver() {
        return driver;
    }

    @Test
    void a_source_is_previewed_storing_nothing_then_run_and_removed_after_a_confirmation() {
        signIn();
        driver.get(catalog.url("/admin/harvest"));
        type("source-name", "ville");
        type("source-url", partner.url("/catalog.rdf"));
        new Select(driver.findElement(By.id("source-type"))).selectByValue("dcat");
        go(By.id("add-source"));

        go(By.id("preview-ville"));
        assertThat(driver.findElement(By.id("preview-intro")).getText()).startsWith("Aperçu du moissonnage de ville");
        assertThat(count("would-create")).isEqualTo(2);
        assertThat(count("would-update") + count("would-keep") + count("would-withdraw") + count("would-refuse")).isZero();
        screenshot("harvest-preview", "fr");
        PARTNER_RECORDS.forEach(id -> assertThat(catalog.get("/datasets/" + id).statusCode()).as(id).isEqualTo(404));
        driver.get(catalog.url("/admin/harvest"));
        assertThat(driver.findElement(By.id("source-ville")).findElements(By.cssSelector("tbody tr"))).isEmpty();

        go(By.id("run-ville"));
        PARTNER_RECORDS.forEach(id -> assertThat(catalog.get("/datasets/" + id).statusCode()).as(id).isEqualTo(200));
        go(By.id("preview-ville"));
        assertThat(count("would-keep")).isEqualTo(2);
        assertThat(count("would-create") + count("would-update") + count("would-withdraw")).isZero();
        driver.get(catalog.url("/admin/harvest?lang=en"));
        go(By.id("preview-ville"));
        assertThat(driver.findElement(By.id("preview-intro")).getText()).startsWith("Preview of the harvest of ville");
        screenshot("harvest-preview", "en");
        driver.get(catalog.url("/admin/harvest?lang=fr"));

        go(By.id("remove-ville"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Supprimer la source ville ?");
        screenshot("harvest-remove-confirmation", "fr");
        ((JavascriptExecutor) driver).executeScript("document.querySelector(\"form[action$='/remove'] input[name=csrf]\").value = 'not-the-token'");
        go(By.id("confirm"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Ce formulaire a expiré");
        PARTNER_RECORDS.forEach(id -> assertThat(catalog.get("/datasets/" + id).statusCode()).as(id).isEqualTo(200));
        driver.get(catalog.url("/admin/harvest/ville/remove"));
        go(By.id("confirm"));

        assertThat(driver.findElement(By.id("notice")).getText())
                .isEqualTo("La source ville a été supprimée ; les jeux de données qu'elle avait apportés sont retirés.");
        assertThat(driver.findElements(By.id("source-ville"))).isEmpty();
        screenshot("harvest-removed", "fr");
        PARTNER_RECORDS.forEach(id -> assertThat(catalog.get("/datasets/" + id).statusCode()).as(id).isIn(404, 410));
        driver.get(catalog.url("/admin/harvest/ville/remove"));
        assertThat(driver.findElements(By.id("confirm"))).isEmpty();
    }

    private void signIn() {
        driver.get(catalog.url("/admin"));
        provider.nextSignInAs(ADMIN);
        go(By.id("sign-in-provider"));
        assertThat(driver.findElement(By.id("signed-in-as")).getText()).isEqualTo(ADMIN);
    }

    private int count(String id) {
        return Integer.parseInt(driver.findElement(By.id(id)).getText().trim());
    }

    private void go(By target) {
        WebElement element = driver.findElement(target);
        element.click();
        Browser.waitUntilGone(driver, element, Duration.ofSeconds(60));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void screenshot(String page, String lang) {
        Path target = Path.of("target", "screenshots", "backoffice-" + page + "-" + lang + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
