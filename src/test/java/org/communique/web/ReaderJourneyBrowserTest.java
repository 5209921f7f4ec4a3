package org.communique.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.communique.ArchiveTest;
import org.communique.BrowserSession;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader's journeys through the archive of the five seeds in headless Chromium: from the front page to an
 * official's statements, one statement, its official, the timeline and a month; a page that does not exist.
 * Every page is checked with axe-core and saved as a screenshot under {@code target/screenshots/}.
 */
@ArchiveTest
class ReaderJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    Importer importer;

    @LocalServerPort
    int port;

    @BeforeEach
    void seeds() {
        SeedArchive.load(importer);
    }

    @Test
    void fromTheFrontPageToAnOfficialsStatementThenAlongTheTimeline() throws Exception {
        WebDriver page = browser.driver();

        open("/");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("What governments said to each other");
        assertThat(page.findElement(By.cssSelector(".stats")).getText()).contains("Statements", "Officials", "April 2021");
        browser.checkPage("reader-01-home");

        page.findElement(By.linkText("Statements")).click();
        WebElement official = page.findElement(By.id("f-official"));
        official.sendKeys("Anthony Blinken");
        official.submit();
        // the form's submit returns before the results page has loaded: wait for it
        new WebDriverWait(page, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("official=Anthony+Blinken"));
        assertThat(page.findElement(By.cssSelector(".result-count")).getText())
                .startsWith("3 statements").contains("naming Antony Blinken");
        List<String> titles = browser.texts(By.cssSelector(".row-title a"));
        assertThat(titles).hasSize(3).contains("Joint Statement on the U.S.-Iraq Strategic Dialogue");
        browser.checkPage("reader-02-statements-naming-blinken");

        page.findElement(By.linkText("Joint Statement on the U.S.-Iraq Strategic Dialogue")).click();
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Joint Statement on the U.S.-Iraq Strategic Dialogue");
        assertThat(page.findElement(By.cssSelector(".statement-header .kicker")).getText()).containsIgnoringCase("Joint statement");
        assertThat(page.findElement(By.cssSelector(".facts")).getText()).contains("26 July 2021", "Iraq", "United States");
        assertThat(page.findElement(By.cssSelector(".provenance")).getText()).contains("000_10cd8ee5ffed7d6e.txt", "SHA-256");
        page.findElement(By.cssSelector(".source summary")).click();
        assertThat(page.findElements(By.cssSelector(".source-lines li.cut"))).isNotEmpty();
        assertThat(page.findElements(By.cssSelector(".source-lines li.kept"))).isNotEmpty();
        browser.checkPage("reader-03-statement");

        page.findElement(By.cssSelector(".officials")).findElement(By.partialLinkText("Blinken")).click();
        assertThat(page.getCurrentUrl()).endsWith("/officials/antony-blinken");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Antony Blinken");
        assertThat(page.getPageSource()).contains("Secretary of State");
        assertThat(browser.texts(By.cssSelector(".named li a"))).hasSizeGreaterThanOrEqualTo(3);
        browser.checkPage("reader-04-official");

        page.findElement(By.cssSelector(".site-nav")).findElement(By.linkText("Timeline")).click();
        List<String> entries = browser.texts(By.cssSelector(".entry-date"));
        assertThat(entries).startsWith("7 April 2021", "23 July 2021", "26 July 2021");
        assertThat(browser.texts(By.cssSelector(".year > h2 a"))).startsWith("2021").contains("2024");
        browser.checkPage("reader-05-timeline");

        page.findElement(By.linkText("July 2021")).click();
        assertThat(page.getCurrentUrl()).endsWith("/timeline/2021/07");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("July 2021");
        assertThat(browser.texts(By.cssSelector(".row-meta time"))).containsExactly("23 July 2021", "26 July 2021");
        browser.checkPage("reader-06-timeline-month");
    }

    @Test
    void theOfficialsIndexAndAYearOfTheTimelineReadWell() throws Exception {
        open("/officials");
        assertThat(browser.texts(By.cssSelector(".people a"))).contains("Antony Blinken", "Fuad Hussein");
        browser.checkPage("reader-07-officials");

        browser.driver().findElement(By.linkText("By country")).click();
        assertThat(browser.texts(By.cssSelector(".people-group h2"))).containsExactly("Iraq", "United States");
        browser.checkPage("reader-08-officials-by-country");

        open("/timeline/2021");
        assertThat(browser.texts(By.cssSelector(".group h2 a"))).containsExactly("April 2021", "July 2021");
        browser.checkPage("reader-09-timeline-year");
    }

    @Test
    void quotationsAreMarkedInTheBodyWithTheirOwnQuotationMarksOnly() throws Exception {
        open("/statements?official=Fuad+Hussein&sort=oldest");
        browser.driver().findElement(By.linkText("U.S. proud to be partnered with Iraq in meeting challenges: Blinken"))
                .click();
        List<WebElement> marked = browser.driver().findElements(By.cssSelector(".body q.quotation"));
        assertThat(marked).extracting(WebElement::getText).contains("the closest partners");
        assertThat(marked.get(0).getAttribute("title")).isEqualTo("Quoted: Antony Blinken");
        String quotes = (String) ((ChromeDriver) browser.driver()).executeScript(
                "return getComputedStyle(arguments[0]).quotes", marked.get(0));
        assertThat(quotes).as("the browser adds no second pair of quotation marks").isEqualTo("none");
        browser.checkPage("reader-12-statement-with-quotations");
    }

    @Test
    void anAddressThatLeadsNowhereGetsOurOwnNotFoundPage() throws Exception {
        open("/statements/987654");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).containsIgnoringCase("not found");
        assertThat(browser.driver().findElement(By.cssSelector(".site-nav"))).isNotNull();
        browser.checkPage("reader-10-not-found");

        open("/no/such/page");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).containsIgnoringCase("not found");
    }

    @Test
    void aKeyboardReachesTheSkipLinkFirstAndSeesWhereFocusIs() {
        open("/statements");
        WebDriver page = browser.driver();
        page.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = page.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to content");
        String outline = (String) ((ChromeDriver) page).executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).isNotEqualTo("none");
    }

    @Test
    void onAPhoneNothingSpillsSideways() throws Exception {
        WebDriver page = browser.driver();
        try {
            for (String path : List.of("/", "/statements", "/timeline", "/officials/antony-blinken")) {
                page.manage().window().setSize(new Dimension(390, 844));
                open(path);
                long overflow = (Long) ((ChromeDriver) page).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth");
                assertThat(overflow).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0);
            }
            open("/statements");
            browser.screenshotAt("reader-11-statements-phone", 390);
        } finally {
            page.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + path);
    }
}
