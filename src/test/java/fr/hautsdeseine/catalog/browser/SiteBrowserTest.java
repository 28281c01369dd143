package fr.hautsdeseine.catalog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.SharedCatalog;
import fr.hautsdeseine.catalog.TestCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The site's main flows in a real headless Chromium, as a French visitor using the keyboard and the mouse. */
@ExtendWith(ScreenshotOnFailure.class)
class SiteBrowserTest implements ScreenshotOnFailure.BrowserTest {
    private static final String CSV_DOWNLOAD = "https://opendata.hauts-de-seine.fr/api/explore/v2.1/catalog/datasets/"
            + "fr-229200506-colleges-publics/exports/csv?delimiter=%3B";

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

    private String resultCount() {
        return driver.findElement(By.id("result-count")).getText();
    }

    private WebElement facetValue(String facet, String label) {
        return driver.findElements(By.cssSelector("[data-facet='" + facet + "'] a")).stream()
                .filter(link -> link.getText().startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No value '" + label + "' in facet " + facet));
    }

    @Test
    void a_word_typed_without_its_accent_finds_the_accented_titles() {
        driver.get(catalog.url("/"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");

        WebElement box = driver.findElement(By.id("site-search"));
        box.sendKeys("colleges", Keys.ENTER);

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q=colleges"));
        assertThat(driver.findElements(By.cssSelector(".hit h3 a"))).extracting(WebElement::getText)
                .contains("Collèges publics des Hauts-de-Seine");
        assertThat(resultCount()).isEqualTo("3 résultats");
    }

    @Test
    void facets_narrow_the_search_combine_and_come_off_again() {
        driver.get(catalog.url("/datasets"));
        assertThat(resultCount()).isEqualTo("50 résultats");

        facetValue("theme", "Éducation, culture et sport").click();
        assertThat(resultCount()).isEqualTo("11 résultats");
        facetValue("format", "CSV").click();
        String bothCount = resultCount();
        List<WebElement> chips = driver.findElements(By.cssSelector(".active-filters a"));
        assertThat(chips).hasSize(2);

        driver.findElements(By.cssSelector(".active-filters a")).get(0).click();

        assertThat(driver.findElements(By.cssSelector(".active-filters a"))).extracting(WebElement::getText)
                .singleElement().asString().startsWith("Format");
        assertThat(bothCount).isNotEqualTo(resultCount());
        assertThat(driver.getCurrentUrl()).doesNotContain("theme=");
    }

    @Test
    void a_dataset_page_shows_its_notice_table_and_a_plain_download_link() {
        driver.get(catalog.url("/datasets?q=coll%C3%A8ges"));
        driver.findElements(By.cssSelector(".hit h3 a")).stream()
                .filter(link -> link.getText().equals("Collèges publics des Hauts-de-Seine")).findFirst().orElseThrow().click();

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Collèges publics des Hauts-de-Seine");
        WebElement table = driver.findElement(By.cssSelector("table.column-dictionary"));
        assertThat(table.findElement(By.tagName("caption")).getText()).isEqualTo("Dictionnaire des colonnes");
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThan(3);
        WebElement download = driver.findElements(By.cssSelector("a.download")).stream()
                .filter(link -> CSV_DOWNLOAD.equals(link.getAttribute("href"))).findFirst()
                .orElseThrow(() -> new AssertionError("No download link to " + CSV_DOWNLOAD));
        assertThat(download.getTagName()).isEqualTo("a");
        assertThat(download.getDomAttribute("onclick")).isNull();
        assertThat(download.getDomAttribute("target")).isNull();
        assertThat(download.isDisplayed()).isTrue();
    }

    @Test
    void switching_to_english_translates_the_page_and_is_remembered() {
        driver.get(catalog.url("/datasets/archives-de-la-planete"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Archives de la Planète");

        driver.findElement(By.id("switch-language")).click();

        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Archives of the Planet");
        driver.get(catalog.url("/"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.id("themes-heading")).getText()).isEqualTo("Themes");
    }

    @Test
    void the_first_tab_reaches_the_skip_link_which_leads_to_the_main_content() {
        driver.get(catalog.url("/"));

        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();

        assertThat(focused.getText()).isEqualTo("Aller au contenu");
        focused.sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }
}
