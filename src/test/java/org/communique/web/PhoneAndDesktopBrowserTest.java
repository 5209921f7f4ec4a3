package org.communique.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.communique.ArchiveTest;
import org.communique.BrowserSession;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.communique.statement.Statements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page, public and admin, on a phone (390 px) and on a desktop (1280 px) in headless Chromium: nothing
 * wider than the screen, the first result of a list or a search on the first screen of a phone with the
 * filters behind a disclosure, the statement page using its width, and axe-core finding nothing (of
 * any impact) at either width. Screenshots go to {@code target/screenshots/}.
 */
@ArchiveTest
class PhoneAndDesktopBrowserTest {

    private static final int PHONE = 390;

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    Importer importer;

    @Autowired
    Statements statements;

    @Value("${archive.admin.password}")
    String password;

    @LocalServerPort
    int port;

    @BeforeEach
    void seeds() {
        SeedArchive.load(importer);
    }

    @AfterEach
    void desktop() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void noPageIsWiderThanAPhone() throws Exception {
        List<String> pages = new ArrayList<>(publicPages());
        List<String> tooWide = new ArrayList<>();
        for (String path : pages) {
            tooWide.addAll(wider(path));
        }
        signIn();
        long id = firstSeed();
        for (String path : List.of("/admin", "/admin/imports", "/admin/upload", "/admin/officials", "/admin/audit",
                "/admin/statements/" + id, "/admin/statements/" + id + "/delete")) {
            tooWide.addAll(wider(path));
            browser.screenshotAt("layout-admin-" + path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-390", PHONE);
        }
        assertThat(tooWide).as("pages wider than %d px", PHONE).isEmpty();
    }

    @Test
    void onAPhoneTheFirstResultIsOnTheFirstScreenAndTheFiltersOpenWithoutScript() throws Exception {
        WebDriver page = phone();
        for (String path : List.of("/statements", "/statements?q=Peshmerga", "/parties/US-IQ", "/timeline/2021/07")) {
            open(path);
            WebElement first = page.findElement(By.cssSelector("article.row .row-title a"));
            double bottom = ((Number) js("return arguments[0].getBoundingClientRect().bottom", first)).doubleValue();
            long height = (Long) js("return window.innerHeight");
            assertThat(bottom).as("first result's bottom on %s", path).isBetween(0.0, (double) height);
            assertThat(visible(page.findElement(By.id("f-q")))).as("filters folded away on %s", path).isFalse();
        }
        open("/statements?q=Peshmerga");
        browser.screenshotAt("layout-01-search-phone", PHONE);
        page.findElement(By.cssSelector(".refine summary")).click();
        assertThat(visible(page.findElement(By.id("f-q")))).isTrue();
        assertThat(visible(page.findElement(By.cssSelector(".facets")))).isTrue();
        browser.screenshotAt("layout-02-search-phone-filters-open", PHONE);
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void onADesktopTheFiltersStandBesideTheResults() throws Exception {
        open("/statements?q=Peshmerga");
        WebElement words = browser.driver().findElement(By.id("f-q"));
        assertThat(visible(words)).as("the filters stand open beside the results").isTrue();
        WebElement first = browser.driver().findElement(By.cssSelector("article.row"));
        assertThat(first.getRect().getX()).isGreaterThan(words.getRect().getX() + words.getRect().getWidth());
        browser.checkPage("layout-03-search-desktop");
    }

    @Test
    void aPartyCanBeChosenWithAnotherInTheFilters() throws Exception {
        open("/parties/US-IQ");
        WebDriver page = browser.driver();
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Statements of the United States and Iraq");
        assertThat(page.findElements(By.cssSelector("input[name=party]:checked"))).extracting(e -> e.getAttribute("value"))
                .containsExactlyInAnyOrder("US", "IQ");
        page.findElement(By.cssSelector(".filters button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().matches(".*/statements\\?party=(IQ-US|US-IQ)"));
        assertThat(page.findElements(By.cssSelector("input[name=party]:checked"))).hasSize(2);
        assertThat(page.findElement(By.cssSelector(".result-count strong")).getText()).isEqualTo("5");
        open("/parties");
        assertThat(browser.texts(By.cssSelector(".counted a"))).contains("Iraq", "United States", "Iraq and United States");
        browser.checkPage("layout-04-parties");
    }

    @Test
    void afterBackTheFormShowsTheFiltersOfTheListShown() {
        WebDriver page = browser.driver();
        open("/statements");
        WebElement words = page.findElement(By.id("f-q"));
        words.sendKeys("Peshmerga");
        words.submit();
        new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("q=Peshmerga"));
        page.navigate().back();
        new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("/statements"));
        assertThat(page.findElement(By.id("f-q")).getAttribute("value")).as("the words box after Back").isEmpty();
        assertThat(page.findElement(By.cssSelector(".result-count strong")).getText()).isNotEqualTo("2");
    }

    @Test
    void theMainPagesPassAxeOnAPhoneAndADesktop() throws Exception {
        long id = firstSeed();
        String statement = "/statements/" + id;
        List<String> journeys = List.of("/", "/statements", "/statements?q=Peshmerga", statement, "/timeline",
                "/timeline/2021", "/timeline/2021/07", "/timeline/2024/month-unknown", "/officials",
                "/officials/antony-blinken", "/parties", "/parties/US-IQ", "/export", "/api/docs/ui",
                "/statements?q=zzzqqq", "/statements?page=99", "/statements?q=Iraq&party=US&from=2020&type=joint-statement");
        List<String> failures = new ArrayList<>();
        for (String path : journeys) {
            String name = "layout-" + path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            open(path);
            browser.screenshot(name + "-1280");
            var wide = browser.accessibilityViolations();
            if (!wide.isEmpty()) {
                failures.add(path + " at 1280:\n" + BrowserSession.describe(wide));
            }
            phone();
            open(path);
            var narrow = browser.accessibilityViolations();
            if (!narrow.isEmpty()) {
                failures.add(path + " at 390:\n" + BrowserSession.describe(narrow));
            }
            browser.screenshotAt(name + "-390", PHONE);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theStatementPageUsesItsWidthOnADesktop() throws Exception {
        open("/statements/" + firstSeed());
        WebDriver page = browser.driver();
        WebElement body = page.findElement(By.cssSelector(".body"));
        WebElement facts = page.findElement(By.cssSelector(".statement-aside"));
        assertThat(facts.getRect().getX()).as("the facts stand beside the text")
                .isGreaterThan(body.getRect().getX() + body.getRect().getWidth() - 1);
        assertThat(facts.getRect().getY()).isLessThan(body.getRect().getY() + body.getRect().getHeight());
        browser.checkPage("layout-05-statement-desktop");
    }

    @Test
    void theApiPageIsTitledCommuniqueApiAndLinksItsDescription() throws Exception {
        open("/api/docs/ui");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith("Communique API")
                .doesNotContain("OpenAPI definition");
        assertThat(browser.driver().findElements(By.cssSelector("a[href='/api/docs']"))).isNotEmpty();
        browser.checkPage("layout-06-api-desktop");
    }

    @Test
    void ourPagesKeepToTheContentSecurityPolicy() throws Exception {
        ChromeDriver driver = (ChromeDriver) browser.driver();
        var listener = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push("
                        + "e.violatedDirective + ' ' + e.sourceFile + ' ' + e.sample));"));
        try {
            List<String> violations = new ArrayList<>();
            for (String path : List.of("/", "/statements?q=Peshmerga", "/statements/" + firstSeed(), "/parties",
                    "/export", "/timeline", "/api/docs/ui", "/officials/antony-blinken", "/timeline/2021/07")) {
                open(path);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) js("return window.__csp");
                found.forEach(v -> violations.add(path + ": " + v));
            }
            assertThat(violations).isEmpty();
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    java.util.Map.of("identifier", listener.get("identifier")));
        }
    }

    private List<String> publicPages() {
        long id = firstSeed();
        return List.of("/", "/statements", "/statements?q=Peshmerga", "/statements?q=zzzqqq", "/statements/" + id,
                "/timeline", "/timeline/2021", "/timeline/2021/07", "/timeline/2024/month-unknown", "/timeline/undated",
                "/officials", "/officials?by=country", "/officials/antony-blinken", "/parties", "/parties/US-IQ",
                "/export", "/api/docs/ui", "/login", "/statements/987654", "/statements?page=99", "/statements?from=2021-13");
    }

    /** The page at a phone's width, and whether it spills sideways. */
    private List<String> wider(String path) {
        phone();
        open(path);
        long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
        return overflow > 0 ? List.of(path + " (" + overflow + " px too wide)") : List.of();
    }

    private WebDriver phone() {
        browser.driver().manage().window().setSize(new Dimension(PHONE, 844));
        return browser.driver();
    }

    private long firstSeed() {
        return statements.findBySourcePath("000_10cd8ee5ffed7d6e.txt").orElseThrow().getId();
    }

    private void signIn() {
        open("/login");
        WebDriver page = browser.driver();
        page.findElement(By.id("username")).sendKeys("admin");
        page.findElement(By.id("password")).sendKeys(password);
        page.findElement(By.id("sign-in")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("/admin"));
    }

    /** Whether the browser renders the element (a closed disclosure's content is not rendered). */
    private boolean visible(WebElement element) {
        return (Boolean) js("return arguments[0].checkVisibility({contentVisibilityAuto: true})", element);
    }

    private Object js(String script, Object... args) {
        return ((ChromeDriver) browser.driver()).executeScript(script, args);
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }
}
