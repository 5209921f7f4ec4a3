package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.communique.ArchiveTest;
import org.communique.BrowserSession;
import org.communique.SeedArchive;
import org.communique.importer.ImportRuns;
import org.communique.importer.Importer;
import org.communique.importer.ImporterProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator's journey in headless Chromium: sign in, upload two files (one refused), preview, import
 * and watch the progress bar finish, correct a date, import the registry and merge two officials,
 * check the search index, read the audit log. Every page is saved under {@code target/screenshots/} and checked
 * with axe-core.
 */
@ArchiveTest
class AdminJourneyBrowserTest {

    private static final String UPLOADED = "harbour-browser-upload.txt";
    private static final String PROGRESS_PREFIX = "admin-progress/";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    Importer importer;

    @Autowired
    ImporterProperties properties;

    @Autowired
    ImportRuns runs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    @LocalServerPort
    int port;

    @TempDir
    Path desk;

    @Autowired
    org.communique.search.SearchIndex searchIndex;

    @BeforeEach
    void seeds() {
        throttle.clear();
        SeedArchive.load(importer);
    }

    @AfterEach
    void forgetTheUpload() throws Exception {
        Files.deleteIfExists(properties.importDir().resolve(UPLOADED));
        TestFiles.forget(jdbc, UPLOADED);
        while (!runs.findRunning().isEmpty()) {
            Thread.sleep(100);
        }
        TestFiles.forget(jdbc, PROGRESS_PREFIX);
        searchIndex.check(); // the rows went by SQL: their index documents go too, so later tests count right
    }

    @Test
    void signInUploadPreviewImportCorrectMergeAndReadTheAuditLog() throws Exception {
        WebDriver page = browser.driver();

        browser.driver().manage().deleteAllCookies();
        open("/admin");
        assertThat(page.getCurrentUrl()).endsWith("/login");
        browser.checkPage("admin-01-sign-in");
        page.findElement(By.id("username")).sendKeys("admin");
        page.findElement(By.id("password")).sendKeys(AdminClient.PASSWORD);
        submit(By.id("sign-in"));
        assertThat(page.getCurrentUrl()).endsWith("/admin");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Administration");
        browser.checkPage("admin-02-overview");

        Path good = TestFiles.write(desk, UPLOADED, TestFiles.bytes("statement.txt"));
        Path refused = TestFiles.write(desk, "minutes.pdf", "%PDF-1.4 not a statement".getBytes());
        page.findElement(By.linkText("Upload")).click();
        page.findElement(By.id("upload-files")).sendKeys(good.toAbsolutePath() + "\n" + refused.toAbsolutePath());
        submit(By.cssSelector(".upload-form button"));

        assertThat(page.findElement(By.cssSelector(".rejected")).getText())
                .contains("minutes.pdf").contains("is not a .txt, .html or .htm file");
        WebElement preview = page.findElement(By.cssSelector(".preview"));
        assertThat(preview.getText()).contains(UPLOADED).contains("A new statement")
                .contains("Joint Statement on the Harbour Cooperation Talks").contains("2022-03-03")
                .contains("customs procedures");
        page.findElement(By.cssSelector(".preview summary")).click();
        assertThat(page.findElements(By.cssSelector(".preview .source-lines li.cut"))).isNotEmpty();
        browser.checkPage("admin-03-preview");

        page.findElement(By.id("import-upload")).click();
        waitUntilTheReportIsShown(page);
        assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("Import run #");
        assertThat(page.findElement(By.id("run-bar")).getDomProperty("value")).isEqualTo("100");
        assertThat(page.findElement(By.id("run-counts")).getText()).isEqualTo("1 of 1 files");
        assertThat(page.findElement(By.cssSelector(".report")).getText()).contains(UPLOADED).contains("IMPORTED");
        browser.checkPage("admin-04-run-finished");

        page.findElement(By.cssSelector(".report td a")).click();
        assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("Correct statement");
        WebElement date = page.findElement(By.id("c-date"));
        assertThat(date.getDomProperty("value")).isEqualTo("2022-03-03");
        assertThat(new Select(page.findElement(By.id("c-precision"))).getFirstSelectedOption().getText()).isEqualTo("the day");
        // a range whose last day comes before its first: refused, naming the field, with what was typed kept
        new Select(page.findElement(By.id("c-precision"))).selectByVisibleText("a range of days");
        page.findElement(By.id("c-date-end")).sendKeys("2022-03-01");
        page.findElement(By.id("c-note")).sendKeys("the talks ran over several days in March");
        submit(By.id("save-correction"));
        assertThat(page.findElement(By.id("correction-errors")).getText()).contains("Nothing was saved")
                .contains("Last day: 2022-03-01 does not come after the first day, 2022-03-03");
        assertThat(page.findElement(By.id("c-date-end")).getDomProperty("value")).isEqualTo("2022-03-01");
        assertThat(page.findElement(By.id("c-date-end")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.findElement(By.id("c-note")).getDomProperty("value")).isEqualTo("the talks ran over several days in March");
        assertThat(new Select(page.findElement(By.id("c-precision"))).getFirstSelectedOption().getText()).isEqualTo("a range of days");
        browser.checkPage("admin-05a-correction-refused");
        phone("admin-05a-correction-refused-phone");
        date = page.findElement(By.id("c-date"));
        date.clear();
        date.sendKeys("2022-03");
        page.findElement(By.id("c-date-end")).clear();
        new Select(page.findElement(By.id("c-precision"))).selectByVisibleText("the month");
        submit(By.id("save-correction"));
        assertThat(page.findElement(By.cssSelector(".message.notice")).getText()).contains("Corrected: Date");
        assertThat(page.findElement(By.cssSelector(".corrections")).getText()).contains("3 March 2022").contains("March 2022");
        browser.checkPage("admin-05-corrected");
        page.findElement(By.linkText("The statement's page")).click();
        assertThat(page.findElement(By.cssSelector(".facts time")).getText()).isEqualTo("March 2022");
        assertThat(page.findElement(By.cssSelector(".provenance")).getText()).contains("Corrected by the archive")
                .contains("the talks ran over several days in March");
        browser.screenshot("admin-06-statement-with-correction");

        open("/admin/officials");
        page.findElement(By.id("registry-file")).sendKeys(TestFiles.write(desk, "officials.json",
                TestFiles.bytes("officials.json")).toAbsolutePath().toString());
        submit(By.cssSelector("form[enctype] button"));
        assertThat(page.findElement(By.cssSelector(".message.notice")).getText()).contains("Imported the registry file");
        page.findElement(By.id("o-q")).sendKeys("Tomas Erlind");
        submit(By.cssSelector("form[role=search] button"));
        assertThat(browser.texts(By.cssSelector(".admin-table td a"))).contains("Tomas Erlind");
        browser.checkPage("admin-07-registry");
        page.findElement(By.linkText("Tomas Erlind")).click();
        String official = page.getCurrentUrl();
        page.findElement(By.id("o-merge")).sendKeys("Tomas Erlind-Berg");
        submit(By.id("merge-official"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Merge Tomas Erlind-Berg into Tomas Erlind?");
        browser.checkPage("admin-08a-merge-confirm");
        phone("admin-08a-merge-confirm-phone");
        submit(By.id("confirm-merge"));
        assertThat(page.findElement(By.cssSelector(".message.notice")).getText())
                .contains("Merged 'Tomas Erlind-Berg' into 'Tomas Erlind'");
        assertThat(browser.texts(By.cssSelector(".aliases li span"))).contains("Tomas Erlind-Berg", "Tomas K. Erlind");
        browser.checkPage("admin-08-merged");
        phone("admin-08-merged-phone");
        open("/officials/tomas-erlind-berg");
        assertThat(page.getCurrentUrl()).endsWith("/officials/tomas-erlind");

        page.navigate().to(official);
        submit(By.cssSelector(".undo-merge"));
        assertThat(page.findElement(By.cssSelector(".message.notice")).getText()).contains("Undid the merge");
        assertThat(browser.texts(By.cssSelector(".aliases li span"))).doesNotContain("Tomas Erlind-Berg");
        assertThat(page.findElement(By.cssSelector(".merges")).getText()).contains("undone");
        browser.checkPage("admin-08b-merge-undone");
        open("/officials/tomas-erlind-berg");
        assertThat(page.getCurrentUrl()).endsWith("/officials/tomas-erlind-berg");

        page.navigate().to(official);
        page.findElement(By.id("o-alias")).sendKeys("T. Erlind of Bergen");
        submit(By.cssSelector("form[action$='/aliases'] button"));
        page.findElement(By.cssSelector("a[aria-label='Remove the spelling T. Erlind of Bergen']")).click();
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Remove the spelling 'T. Erlind of Bergen'?");
        browser.checkPage("admin-08c-remove-spelling-confirm");
        submit(By.id("remove-alias"));
        assertThat(page.findElement(By.cssSelector(".message.notice")).getText()).contains("Removed the spelling 'T. Erlind of Bergen'");
        assertThat(browser.texts(By.cssSelector(".aliases li span"))).doesNotContain("T. Erlind of Bergen");

        open("/admin");
        submit(By.id("index-check"));
        assertThat(page.getCurrentUrl()).endsWith("/admin");
        assertThat(page.findElement(By.cssSelector(".message.notice")).getText())
                .startsWith("The search index was checked against the database:");
        browser.checkPage("admin-08d-index-checked");
        phone("admin-08d-index-checked-phone");

        open("/admin/audit");
        String log = page.findElement(By.cssSelector(".audit")).getText();
        assertThat(log).contains("LOGIN", "UPLOAD_REJECTED", "UPLOAD", "IMPORT", "CORRECTION", "REGISTRY_IMPORT",
                "OFFICIAL_MERGE", "OFFICIAL_SPLIT", "OFFICIAL_ALIAS_REMOVED", "INDEX_CHECK").contains("minutes.pdf")
                .contains("Merged official Tomas Erlind-Berg into Tomas Erlind")
                .contains("Undid the merge of official Tomas Erlind-Berg into Tomas Erlind")
                .contains("Removed the spelling 'T. Erlind of Bergen' from official Tomas Erlind")
                .contains("Changed the date of statement").contains("Signed in").contains("this machine")
                .doesNotContain("0:0:0:0:0:0:0:1");
        browser.checkPage("admin-09-audit");
        phone("admin-09-audit-phone");
    }

    /**
     * A form left open while the admin signed out (in another tab) is sent: the CSRF check refuses it, and our
     * own page says the session ended, with a link to sign in again.
     */
    @Test
    void aFormSentAfterSigningOutElsewhereShowsOurPageWithALinkToSignInAgain() throws Exception {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        signIn();
        open("/admin/upload");
        String form = page.getWindowHandle();
        page.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        open("/admin");
        submit(By.cssSelector(".sign-out button"));
        page.close();
        page.switchTo().window(form);
        page.findElement(By.id("upload-files")).sendKeys(TestFiles.write(desk, "late.txt",
                TestFiles.bytes("statement.txt")).toAbsolutePath().toString());
        submit(By.cssSelector(".upload-form button"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Your session has ended");
        assertThat(page.getPageSource()).doesNotContain("Whitelabel").doesNotContain("Forbidden");
        browser.checkPage("admin-12-session-ended");
        phone("admin-12-session-ended-phone");
        page.findElement(By.id("sign-in-again")).click();
        assertThat(page.getCurrentUrl()).endsWith("/login");
        assertThat(Files.exists(properties.importDir().resolve("late.txt"))).isFalse();
    }

    /** A file refused for its name (a NUL in it, as a script may send) gets our 400 page: checked like any page. */
    @Test
    void anUploadRefusedForItsNameShowsThePageNamingIt() throws Exception {
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        signIn();
        open("/admin/upload");
        Path named = TestFiles.write(desk, "x.html%00.txt", TestFiles.bytes("statement.txt"));
        page.findElement(By.id("upload-files")).sendKeys(named.toAbsolutePath().toString());
        submit(By.cssSelector(".upload-form button"));
        assertThat(page.findElement(By.cssSelector(".rejected")).getText()).contains("x.html%00.txt").contains("NUL");
        browser.checkPage("admin-13-upload-refused");
        phone("admin-13-upload-refused-phone");
    }

    /**
     * The run is held after its first stored batch (one file) until the page has shown it, so that the test
     * sees the bar under way however fast the machine is; then the run goes on and the page shows the report.
     */
    @Test
    void theProgressBarFollowsARunningImportToItsEndAndThenShowsTheReport() throws Exception {
        byte[] text = TestFiles.bytes("statement.txt");
        List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String path = PROGRESS_PREFIX + String.format("%03d", i) + ".txt";
            TestFiles.write(desk, path, (new String(text, java.nio.charset.StandardCharsets.UTF_8) + "\nReference " + i
                    + ".\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            files.add(path);
        }
        java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger held = new java.util.concurrent.atomic.AtomicInteger();
        org.springframework.context.ApplicationListener<org.springframework.context.ApplicationEvent> holdFirstBatch = event -> {
            if (event instanceof org.springframework.context.PayloadApplicationEvent<?> published
                    && published.getPayload() instanceof org.communique.importer.ImportProgressed
                    && held.getAndIncrement() == 0) {
                try {
                    shown.await(90, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        context.addApplicationListener(holdFirstBatch);
        try {
            signIn();
            long run = importer.startInBackground(desk, files, org.communique.importer.ImportRun.Trigger.ADMIN, "test");
            open("/admin/imports/" + run);
            WebDriver page = browser.driver();
            assertThat(page.findElement(By.id("run-status")).getText()).isEqualTo("RUNNING");
            new WebDriverWait(page, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("run-counts")).getText().equals("1 of 80 files"));
            assertThat(page.findElement(By.id("run-bar")).getAttribute("value")).isEqualTo("1");
            assertThat(page.findElement(By.cssSelector(".reload")).isDisplayed()).as("the script hides the reload link").isFalse();
            browser.screenshot("admin-10-progress-under-way");
            shown.countDown();
            waitUntilTheReportIsShown(page);
            assertThat(held.get()).as("batches stored after the first").isGreaterThan(1);
            assertThat(page.findElement(By.id("run-counts")).getText()).isEqualTo("80 of 80 files");
            assertThat(page.findElements(By.cssSelector(".report tbody tr"))).hasSize(80);
            browser.checkPage("admin-11-progress-finished");
        } finally {
            shown.countDown();
            context.removeApplicationListener(holdFirstBatch);
        }
    }

    /** The script reloads the page once the run has finished: the page then says so itself. */
    private static void waitUntilTheReportIsShown(WebDriver page) {
        new WebDriverWait(page, Duration.ofSeconds(120)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector(".run-progress[data-running='false']")).isEmpty()
                        && d.findElement(By.id("run-status")).getText().equals("COMPLETED"));
    }

    private void signIn() {
        open("/login");
        WebDriver page = browser.driver();
        page.findElement(By.id("username")).sendKeys("admin");
        page.findElement(By.id("password")).sendKeys(AdminClient.PASSWORD);
        page.findElement(By.id("sign-in")).click();
        new WebDriverWait(page, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/admin"));
    }

    /**
     * Clicks a form's button and waits until the answer has replaced the page. While the page is being replaced
     * Chromium may answer a question about the old button with "does not belong to the document" rather than as
     * stale: asked again, it says stale.
     */
    private void submit(By button) {
        WebElement clicked = browser.driver().findElement(button);
        clicked.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(clicked));
    }

    /** The page at a phone's width (390 px): a screenshot, and axe finds nothing there either. */
    private void phone(String name) throws Exception {
        WebDriver page = browser.driver();
        org.openqa.selenium.Dimension before = page.manage().window().getSize();
        page.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        try {
            assertThat(browser.accessibilityViolations()).as(name)
                    .withFailMessage(() -> name + ":\n" + BrowserSession.describe(browser.accessibilityViolations()))
                    .isEmpty();
            Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) page).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as(name + ": the page is no wider than the phone").isLessThanOrEqualTo(0L);
        } finally {
            page.manage().window().setSize(before);
        }
        browser.screenshotAt(name, 390);
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }
}
