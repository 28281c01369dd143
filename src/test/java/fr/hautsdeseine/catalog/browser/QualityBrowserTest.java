package fr.hautsdeseine.catalog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.SharedCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The quality dashboard and the score on a dataset page, in headless Chromium; screenshots in target/screenshots. */
@ExtendWith(ScreenshotOnFailure.class)
class QualityBrowserTest implements ScreenshotOnFailure.BrowserTest {
    @SharedCatalog
    private static TestCatalog catalog;

    @TempDir
    Path profile;
    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = Browser.start(profile, "fr-FR,fr");
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Override
    public WebDriver driver() {
        return driver;
    }

    @Test
    void the_dashboard_draws_its_charts_without_javascript_and_switches_to_english() throws IOException {
        driver.get(catalog.url("/quality"));

        assertThat(driver.getTitle()).isEqualTo("Qualité des métadonnées – Open Data Hauts-de-Seine");
        assertThat(driver.findElements(By.tagName("script"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".score-big")).getText()).isEqualTo("316 / 405 Bon");
        assertThat(driver.findElement(By.cssSelector(".links-state")).getText())
                .startsWith("Les liens n'ont pas encore été vérifiés");
        // Five dimension bars, drawn to scale: findability is full (100 of 100), accessibility a fifth (20 of 100).
        List<WebElement> bars = driver.findElements(By.cssSelector("#dimensions-title ~ rect.chart-bar"));
        assertThat(bars).hasSize(5);
        assertThat(bars.get(0).getAttribute("width")).isEqualTo("320");
        assertThat(bars.get(1).getAttribute("width")).isEqualTo("64");
        assertThat(driver.findElement(By.cssSelector("#dimensions-title ~ rect.chart-bar")).getRect().getWidth()).isPositive();
        assertThat(driver.findElements(By.tagName("figcaption")).stream().map(WebElement::getText).toList())
                .contains("Points moyens par dimension, sur le maximum de chaque dimension");
        // The chart's numbers, as a table behind a summary that opens without script.
        WebElement data = driver.findElements(By.cssSelector("details.chart-data")).get(1);
        assertThat(data.findElement(By.tagName("table")).isDisplayed()).isFalse();
        data.findElement(By.tagName("summary")).click();
        assertThat(data.findElement(By.cssSelector("tbody tr")).getText()).isEqualTo("Trouvabilité 100 / 100");
        screenshot("quality-dashboard-fr");

        driver.findElement(By.id("switch-language")).click();

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Metadata quality");
        assertThat(driver.findElement(By.cssSelector(".score-big")).getText()).isEqualTo("316 / 405 Good");
        screenshot("quality-dashboard-en");
    }

    @Test
    void a_dataset_page_shows_its_score_and_leads_to_its_details_and_warnings() throws IOException {
        driver.get(catalog.url("/datasets/archives-de-la-planete"));

        WebElement badge = driver.findElement(By.cssSelector(".quality-badge"));
        assertThat(badge.findElement(By.tagName("h2")).getText()).isEqualTo("Qualité des métadonnées : 315 / 405 (Bon)");
        assertThat(badge.findElements(By.tagName("li")).stream().map(WebElement::getText).toList()).containsExactly(
                "Vérifier que la page d'accès répond : le vérificateur de liens n'a pas pu l'atteindre.",
                "Vérifier que le lien de téléchargement répond : le vérificateur de liens n'a pas pu l'atteindre.",
                "Citer la licence par un IRI que data.europa.eu connaît : un concept de la table européenne des licences,"
                        + " comme ODC_BL pour l’ODbL. La Licence Ouverte n’y figure pas.");
        assertThat(driver.getPageSource()).doesNotContain("dcatap:availability");
        screenshot("dataset-quality-badge");

        badge.findElement(By.linkText("Détail du score")).click();

        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Qualité des métadonnées de « Archives de la Planète »");
        assertThat(driver.findElements(By.cssSelector("table.metrics tr.failed"))).hasSize(3);
        assertThat(driver.findElement(By.id("warnings-heading")).getText())
                .isEqualTo("Avertissements de validation (formes DCAT-AP et du portail)");
        screenshot("dataset-quality-details");
    }

    @Test
    void each_publisher_leads_to_the_same_dashboard_for_its_datasets() throws IOException {
        driver.get(catalog.url("/quality"));
        // One bar per publisher, its mean out of 405, and the same numbers as a table.
        List<WebElement> publisherBars = driver.findElements(By.cssSelector("#publishers-title ~ rect.chart-bar"));
        assertThat(publisherBars).hasSizeGreaterThan(1);
        List<String> drawn = driver.findElements(By.cssSelector("#publishers-title ~ text.chart-label")).stream()
                .map(WebElement::getText).toList();
        assertThat(drawn).contains("Musée départemental Albert-Kahn").allMatch(label -> label.length() <= 32)
                .anyMatch(label -> label.endsWith("…"));

        driver.findElement(By.linkText("Musée départemental Albert-Kahn")).click();

        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Qualité des métadonnées de Musée départemental Albert-Kahn");
        assertThat(driver.findElements(By.tagName("script"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".score-big")).getText()).isEqualTo("315 / 405 Bon");
        // Its two datasets rated Good; five dimensions; one week of history so far; no chart of publishers.
        assertThat(driver.findElements(By.cssSelector("#ratings-title ~ text.chart-value")).stream()
                .map(WebElement::getText).toList()).containsExactly("0", "2", "0", "0");
        assertThat(driver.findElements(By.cssSelector("#dimensions-title ~ rect.chart-bar"))).hasSize(5);
        assertThat(driver.findElements(By.cssSelector("#history-title ~ rect.chart-bar"))).hasSize(1);
        assertThat(driver.findElements(By.id("publishers-title"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#fix-heading ~ table tbody tr"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector(".links-state")).getText())
                .startsWith("Les liens n'ont pas encore été vérifiés");
        screenshot("quality-publisher-fr");

        driver.findElement(By.id("switch-language")).click();

        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Metadata quality of Musée départemental Albert-Kahn");
        assertThat(driver.findElements(By.tagName("figcaption")).stream().map(WebElement::getText).toList())
                .contains("This publisher's mean score per week");
        screenshot("quality-publisher-en");
    }

    /** Keeps what the page looked like, for people to look at; the file must hold an image. */
    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(1000);
    }
}
