package fr.hautsdeseine.catalog.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hautsdeseine.catalog.FreshCatalog;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The SPARQL page in a real headless Chromium: an IRI of a result never runs as script. */
@ExtendWith(ScreenshotOnFailure.class)
class SparqlPageSafetyTest implements ScreenshotOnFailure.BrowserTest {
    private static final String SCRIPT_IRI = "javascript:document.title='pwned';window.pwned=1";
    private static final String QUERY = "SELECT ?iri WHERE { VALUES ?iri { <" + SCRIPT_IRI + "> <https://example.org/ok> } }";

    @FreshCatalog
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
    void a_javascript_iri_in_a_result_is_shown_as_text_and_never_runs() {
        driver.get(catalog.url("/sparql"));
        ((JavascriptExecutor) driver).executeScript(
                "var editor = document.getElementById('editeur'); editor.value = arguments[0];"
                        + " editor.dispatchEvent(new Event('input'));", QUERY);
        driver.findElement(By.id("executer")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tableau td")));
        WebElement table = driver.findElement(By.id("tableau"));

        List<String> links = table.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")).toList();
        WebElement scriptCell = table.findElements(By.tagName("td")).stream()
                .filter(cell -> cell.getText().contains("javascript:")).findFirst().orElseThrow();
        scriptCell.click();

        assertThat(links).containsExactly("https://example.org/ok");
        assertThat(scriptCell.getText()).isEqualTo("<" + SCRIPT_IRI + ">");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertThat(driver.getTitle()).isNotEqualTo("pwned");
        assertThat(driver.getCurrentUrl()).isEqualTo(catalog.url("/sparql"));
    }

    @Test
    void the_sparql_page_allows_only_the_servers_own_scripts() {
        var response = catalog.get("/sparql", "Accept", "text/html");

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'self' " + catalog.url("") + "; script-src 'self' " + catalog.url("")
                        + "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self' " + catalog.url(""));
    }

    @Test
    void every_html_page_carries_a_content_security_policy_without_inline_script() {
        for (String path : List.of("/", "/sparql", "/datasets", "/no-such-page", "/datasets/none", "/publishers/none",
                "/api/datasets/x")) {
            var response = catalog.get(path, "Accept", "text/html");

            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent().get()
                    .asString().contains("frame-ancestors 'none'", "base-uri 'none'").doesNotContain("unsafe");
        }
    }
}
