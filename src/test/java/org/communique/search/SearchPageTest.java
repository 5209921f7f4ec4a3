package org.communique.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.communique.ArchiveHttp;
import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.communique.statement.Statements;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The statements page as a search page, and a statement's page as something to cite. */
@ArchiveTest
class SearchPageTest {

    @Autowired
    Importer importer;

    @Autowired
    Statements statements;

    @LocalServerPort
    int port;

    private ArchiveHttp http;

    @BeforeEach
    void seeds() {
        SeedArchive.load(importer);
        http = new ArchiveHttp(port);
    }

    @Test
    void searchResultsShowFacetsAndMarkedPassages() throws Exception {
        Document page = get("/statements?q=Peshmerga");
        assertThat(page.select(".row")).hasSize(2);
        assertThat(page.select(".passages mark")).isNotEmpty().allSatisfy(m -> assertThat(m.text()).isEqualToIgnoringCase("Peshmerga"));
        Element iraq = page.select(".facet a").stream().filter(a -> a.text().startsWith("Iraq")).findFirst().orElseThrow();
        assertThat(iraq.selectFirst(".facet-count").text()).isEqualTo("2");
        assertThat(iraq.attr("href")).contains("q=Peshmerga", "party=IQ");
    }

    @Test
    void markedPassagesCarryNoMarkupButTheMarks() throws Exception {
        Document page = get("/statements?q=Peshmerga+OR+%3Cb%3E");
        assertThat(page.select(".passages")).isNotEmpty();
        assertThat(page.select(".passages *").stream().map(Element::tagName).distinct()).containsOnly("li", "mark");
    }

    @Test
    void nothingFoundOffersLooserSearches() throws Exception {
        Document page = get("/statements?q=Peshmarga");
        assertThat(page.select(".row")).isEmpty();
        assertThat(page.select(".suggestions a")).isNotEmpty();
    }

    @Test
    void aStatementPageCarriesCitationMetaTagsAPermanentLinkAndCitations() throws Exception {
        long id = statements.findBySourcePath("000_10cd8ee5ffed7d6e.txt").orElseThrow().getId();
        Document page = get("/statements/" + id + "-joint-statement-on-the-us-iraq-strategic-dialogue");
        assertThat(page.select("meta[name=citation_title]").attr("content"))
                .isEqualTo("Joint Statement on the U.S.-Iraq Strategic Dialogue");
        assertThat(page.select("meta[name=citation_publication_date]").attr("content")).isEqualTo("2021/07/26");
        assertThat(page.select(".permalink a").attr("href")).isEqualTo("http://localhost:" + port + "/statements/" + id);
        assertThat(page.select(".cite .chicago").text()).contains("“Joint Statement on the U.S.-Iraq Strategic Dialogue.”",
                "July 26, 2021");
        assertThat(page.select("#bibtex-text").text()).startsWith("@misc{communique2021-" + id);
        assertThat(page.select("#ris-text").text()).startsWith("TY  - GOVDOC").contains("ER  -");
        assertThat(page.select("#csl-text").text()).contains("\"date-parts\"");
        HttpResponse<String> bib = http.ok("/statements/" + id + "/citation.bib", "*/*");
        assertThat(bib.body()).startsWith("@misc{");
    }

    private Document get(String path) throws Exception {
        return Jsoup.parse(http.ok(path, "text/html").body());
    }
}
