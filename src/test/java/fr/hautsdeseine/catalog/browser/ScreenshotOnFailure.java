package fr.hautsdeseine.catalog.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** When a browser test fails, saves what the browser showed as target/screenshots/{class}-{test}.png. */
final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    /** What a test class gives this extension to photograph. */
    interface BrowserTest {
        WebDriver driver();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty() || !(context.getRequiredTestInstance() instanceof BrowserTest test)
                || !(test.driver() instanceof TakesScreenshot camera)) {
            return;
        }
        Path target = Path.of("target", "screenshots",
                context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png");
        try {
            Files.createDirectories(target.getParent());
            Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            System.err.println("Screenshot of the failed test saved to " + target.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
