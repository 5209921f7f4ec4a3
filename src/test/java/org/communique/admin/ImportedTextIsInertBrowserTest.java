package org.communique.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.communique.ArchiveTest;
import org.communique.BrowserSession;
import org.communique.SeedArchive;
import org.communique.importer.ImportFileResult;
import org.communique.importer.ImportRun;
import org.communique.importer.Importer;
import org.communique.official.Official;
import org.communique.official.Officials;
import org.communique.statement.Statement;
import org.communique.statement.Statements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A source file whose title, body and names carry {@code <script>}, {@code onerror=} and {@code javascript:}
 * payloads is imported and shown on every page that shows it, in a real browser: no payload runs, none
 * becomes an element, the text reads as text.
 */
@ArchiveTest
class ImportedTextIsInertBrowserTest {

    private static final String PREFIX = "admin-xss/";
    private static final String HOSTILE_NAME = "Ingrid <img src=x onerror=\"window.pwned=11\"> Halvorsen";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    Importer importer;

    @Autowired
    Statements statements;

    @Autowired
    Officials officials;

    @Autowired
    Registry registry;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    @AfterEach
    void backToTheSeeds() {
        TestFiles.forget(jdbc, PREFIX);
        officials.findByAnyName(HOSTILE_NAME).forEach(o -> registry.rename(o.getId(), "Ingrid Halvorsen"));
        SeedArchive.load(importer);
    }

    @Test
    void scriptsEventHandlersAndJavascriptLinksInImportedTextNeverRun() throws Exception {
        registry.importFile(new java.io.ByteArrayInputStream(TestFiles.bytes("officials.json")));
        TestFiles.write(folder, PREFIX + "hostile.html", TestFiles.bytes("hostile.html"));
        ImportRun run = importer.importFolder(folder, ImportRun.Trigger.COMMAND, "test");
        assertThat(run.getFiles()).filteredOn(f -> f.getPath().startsWith(PREFIX))
                .extracting(ImportFileResult::getOutcome).containsExactly(ImportFileResult.Outcome.IMPORTED);
        Statement statement = statements.findBySourcePath(PREFIX + "hostile.html").orElseThrow();
        assertThat(statement.getTitle()).contains("onerror");
        assertThat(statement.getBody()).contains("<script>").contains("javascript:");
        Official named = officials.findByAnyName("Ingrid Halvorsen").get(0);
        registry.rename(named.getId(), HOSTILE_NAME);
        String slug = officials.findById(named.getId()).orElseThrow().getSlug();

        AdminClient admin = AdminClient.signedIn(port);
        String cookie = admin.sessionCookie();
        open("/");
        browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("SESSION", cookie, "/"));

        String url = "/statements/" + statement.getId() + "-" + statement.getSlug();
        for (String page : List.of(url, "/statements", "/statements?q=Basra", "/officials/" + slug, "/officials?all",
                "/timeline/2022", "/admin/statements/" + statement.getId(), "/admin/imports/" + run.getId(),
                "/admin/officials/" + named.getId(), "/admin/officials?q=Ingrid")) {
            open(page);
            assertInert(page);
        }
        open(url);
        WebDriver driver = browser.driver();
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("<img src=x onerror=\"window.pwned=2\">");
        assertThat(driver.findElement(By.cssSelector(".body")).getText()).contains("<script>window.pwned=3</script>")
                .contains("javascript:window.pwned=8");
        assertThat(driver.findElement(By.cssSelector(".officials")).getText()).contains(HOSTILE_NAME);
        browser.screenshot("xss-01-statement-inert");
        open("/officials/" + slug);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE_NAME);
        browser.screenshot("xss-02-official-inert");
    }

    private void assertInert(String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat(js.executeScript("return typeof window.pwned")).as("a payload ran on " + page).isEqualTo("undefined");
        assertThat((String) js.executeScript("return document.title")).as(page).isNotIn("pwned-title", "pwned-h1")
                .endsWith("Communique");
        @SuppressWarnings("unchecked")
        Map<String, Object> counts = (Map<String, Object>) js.executeScript("return {"
                + "inlineScripts: Array.from(document.scripts).filter(s => !s.src).length,"
                + "handlers: Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes)"
                + ".some(a => a.name.startsWith('on'))).length,"
                + "jsLinks: document.querySelectorAll('a[href^=\"javascript:\" i]').length,"
                + "images: document.querySelectorAll('img').length}");
        assertThat(counts).as(page).containsEntry("inlineScripts", 0L).containsEntry("handlers", 0L)
                .containsEntry("jsLinks", 0L).containsEntry("images", 0L);
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }
}
