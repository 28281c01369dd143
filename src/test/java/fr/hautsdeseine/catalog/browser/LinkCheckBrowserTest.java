package fr.hautsdeseine.catalog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.LoopbackFiles;
import fr.hautsdeseine.catalog.TestCatalog;
import fr.hautsdeseine.catalog.accounts.Accounts;
import fr.hautsdeseine.catalog.accounts.Role;
import fr.hautsdeseine.catalog.config.BackOfficeConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The back office's quality page in a real headless Chromium: an admin signs in with a local account, opens the
 * page from the navigation, clicks "Vérifier les liens maintenant", reads the notice, and after a reload sees what
 * the check found on a file server on loopback. Screenshots under target/screenshots.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LinkCheckBrowserTest implements ScreenshotOnFailure.BrowserTest {
    private static final String ADMIN = "equipe-opendata@hauts-de-seine.fr";
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;
    @TempDir
    Path profile;
    private LoopbackFiles files;
    private TestCatalog catalog;
    private WebDriver driver;

    @BeforeEach
    void start() {
        files = LoopbackFiles.serving("/files/colleges.csv");
        Accounts.in(dir).add(ADMIN, Role.ADMIN, List.of(), PASSWORD, false);
        catalog = TestCatalog.start(TestCatalog.config(dir), BackOfficeConfig.defaults());
        String record = files.oneFoundOneMissing(TestCatalog.resource("/records/one-dataset.ttl"));
        assertThat(catalog.write("PUT", "/api/datasets/colleges", "text/turtle", record).statusCode()).isEqualTo(201);
        driver = Browser.start(profile, "fr-FR,fr");
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        catalog.close();
        files.close();
    }

    @Override
    public WebDriver driver() {
        return driver;
    }

    @Test
    void an_admin_clicks_the_button_reads_the_notice_and_then_what_the_check_found() {
        driver.get(catalog.url("/admin"));
        driver.findElement(By.id("email")).sendKeys(ADMIN);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        go(By.id("sign-in"));
        go(By.linkText("Qualité"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Qualité des métadonnées");
        assertThat(driver.findElement(By.id("last-check")).getText()).isEqualTo("jamais");
        screenshot("quality", "fr");

        go(By.id("check-links"));

        assertThat(driver.findElement(By.id("notice")).getText())
                .startsWith("La vérification des liens a commencé ; elle se poursuit en arrière-plan.");
        assertThat(driver.findElement(By.id("notice")).getAttribute("role")).isEqualTo("status");
        screenshot("quality-started", "fr");
        new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(200)).until(page -> {
            page.navigate().refresh();
            return page.findElement(By.id("link-running")).getText().equals("aucune vérification en cours");
        });
        assertThat(driver.findElement(By.id("link-checked")).getText()).isEqualTo("2");
        assertThat(driver.findElement(By.id("link-unreachable")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("link-failures")).getText()).contains("erreur HTTP 404");
        assertThat(driver.findElement(By.id("last-check")).getText()).isNotEqualTo("jamais");
        screenshot("quality-checked", "fr");
        driver.get(catalog.url("/admin/quality?lang=en&link-check=started"));
        assertThat(driver.findElement(By.id("check-links")).getText()).isEqualTo("Check the links now");
        screenshot("quality-started", "en");
    }

    /** Clicks a link or button and waits for the page it leads to. */
    private void go(By target) {
        WebElement element = driver.findElement(target);
        element.click();
        Browser.waitUntilGone(driver, element, Duration.ofSeconds(30));
    }

    /** The whole page: the window grows to the page's height for the picture. */
    private void screenshot(String page, String lang) {
        Path target = Path.of("target", "screenshots", "backoffice-" + page + "-" + lang + ".png");
        Dimension window = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height, window.getHeight()), 8000)));
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
