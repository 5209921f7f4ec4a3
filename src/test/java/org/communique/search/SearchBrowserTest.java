package org.communique.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.communique.ArchiveTest;
import org.communique.BrowserSession;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A researcher's search in headless Chromium: types words in the header's search box, narrows the results
 * by a facet, opens a hit, and cites it. Each step is checked with axe-core and saved as a screenshot.
 */
@ArchiveTest
class SearchBrowserTest {

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
    void searchNarrowOpenAndCite() throws Exception {
        WebDriver page = searchFromTheHomePage("strategic dialogue");
        assertThat(page.getCurrentUrl()).contains("q=strategic+dialogue");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Search");
        int before = page.findElements(By.cssSelector(".row")).size();
        assertThat(before).isGreaterThan(1);
        assertThat(page.findElements(By.cssSelector(".passages mark"))).isNotEmpty();
        browser.checkPage("search-01-results");

        WebElement year = page.findElement(By.xpath("//section[normalize-space(h3)='Year']//a[normalize-space(.//span[@class='facet-label'])='2021']"));
        String count = year.findElement(By.className("facet-count")).getText();
        year.click();
        assertThat(page.getCurrentUrl()).contains("from=2021", "to=2021", "q=strategic+dialogue");
        assertThat(page.findElements(By.cssSelector(".row"))).hasSize(Integer.parseInt(count)).hasSizeLessThan(before);
        assertThat(page.findElement(By.cssSelector(".result-count")).getText()).startsWith(count + " statement");
        browser.checkPage("search-02-narrowed-to-2021");

        WebElement hit = page.findElement(By.cssSelector(".row-title a"));
        String title = hit.getText();
        hit.click();
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        WebElement cite = page.findElement(By.cssSelector("#cite summary"));
        assertThat(page.findElement(By.id("bibtex-text")).isDisplayed()).isFalse();
        cite.click();
        assertThat(page.findElement(By.id("bibtex-text")).isDisplayed()).isTrue();
        assertThat(page.findElement(By.cssSelector(".cite .chicago")).getText()).contains("“" + title);
        assertThat(page.findElement(By.id("bibtex-text")).getText()).startsWith("@misc{communique2021-");
        assertThat(page.findElement(By.id("ris-text")).getText()).startsWith("TY  - GOVDOC");
        browser.checkPage("search-03-statement-cited");
    }

    @Test
    void aMisspelledWordFindsNothingAndTheArchivesSpellingIsOffered() throws Exception {
        WebDriver page = searchFromTheHomePage("Peshmarga");
        assertThat(page.findElement(By.cssSelector(".empty")).getText()).startsWith("No statement matches.");
        WebElement suggestion = page.findElement(By.cssSelector(".suggestions a"));
        assertThat(suggestion.getText()).isEqualTo("Peshmerga");
        browser.checkPage("search-04-misspelled");

        suggestion.click();
        new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q=Peshmerga"));
        assertThat(page.findElements(By.cssSelector(".row"))).hasSize(2);
        assertThat(page.findElements(By.cssSelector(".passages mark"))).extracting(WebElement::getText)
                .contains("Peshmerga");
    }

    /** Types the words into the search box of the home page and waits for the results page. */
    private WebDriver searchFromTheHomePage(String words) {
        WebDriver page = browser.driver();
        page.get("http://localhost:" + port + "/");
        page.findElement(By.id("site-search-q")).sendKeys(words, Keys.ENTER);
        new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q="));
        return page;
    }
}
