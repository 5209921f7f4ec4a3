package org.communique;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * A headless Chromium driven by Selenium, with Debian's chromium and chromedriver (never a downloaded one),
 * that saves screenshots under {@code target/screenshots/} and runs the axe-core accessibility check. A test
 * class registers one ({@code @RegisterExtension static final BrowserSession browser = new BrowserSession();}):
 * the browser starts before the class's tests, or the class skips (fails under CI) without Chromium, and
 * quits after them.
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        Prerequisites.browser();
        driver = launch();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private static ChromeDriver launch() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Prerequisites.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Prerequisites.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    public WebDriver driver() {
        return driver;
    }

    /** The visible texts of the elements a selector finds, in page order. */
    public List<String> texts(By selector) {
        return driver.findElements(selector).stream().map(WebElement::getText).toList();
    }

    /** Saves the page as a screenshot under {@code name} and asserts axe finds nothing on it, of any impact. */
    public void checkPage(String name) throws IOException {
        screenshot(name);
        List<Rule> violations = accessibilityViolations();
        assertThat(violations).as(name).withFailMessage(() -> name + ":\n" + describe(violations)).isEmpty();
    }

    /** Saves a screenshot of the whole page as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) throws IOException {
        return screenshotAt(name, 1280);
    }

    /** Saves a screenshot of the whole page at a window width (390 for a phone), however far it is scrolled. */
    public Path screenshotAt(String name, int width) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
            double height = Math.min(((Number) content.get("height")).doubleValue(), 8000);
            double contentWidth = ((Number) content.get("width")).doubleValue();
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", contentWidth, "height", height, "scale", 1)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * Every axe-core violation on the current page, whatever its impact (minor ones too): the WCAG 2.0, 2.1 and
     * 2.2 A and AA rules and axe's best practices (landmarks, heading order, one main, one h1).
     */
    public List<Rule> accessibilityViolations() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(driver);
        return results.getViolations();
    }

    /** A readable account of violations, for assertion messages. */
    public static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append(rule.getId()).append(" (").append(rule.getImpact()).append("): ").append(rule.getHelp());
            rule.getNodes().stream().limit(3).forEach(node -> text.append("\n    at ").append(node.getTarget()));
            text.append('\n');
        }
        return text.toString();
    }
}
