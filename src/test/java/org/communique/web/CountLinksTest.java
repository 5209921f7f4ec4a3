package org.communique.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.communique.ArchiveHttp;
import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.communique.statement.ArchiveBuilder;
import org.communique.statement.Statement;
import org.communique.statement.StatementType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

/**
 * Every count the reader is shown beside a link (the timeline's years and months, a year's groups, the front
 * page's figure, the parties and their pairs, an official's statements) equals the number of statements that
 * link lists, over the seeds and statements dated to the day, a day range across two months, the month only,
 * the year only, and not at all.
 */
@ArchiveTest
class CountLinksTest {

    @Autowired
    Importer importer;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate tx;

    @LocalServerPort
    int port;

    private final List<Long> built = new ArrayList<>();
    private ArchiveHttp http;

    @BeforeEach
    void archive() {
        SeedArchive.load(importer);
        http = new ArchiveHttp(port);
        tx.executeWithoutResult(s -> {
            ArchiveBuilder archive = new ArchiveBuilder(entityManager);
            built.add(archive.statement("Counts: talks in Ankara on water").dated("2019-05-10").parties("TR", "IQ").save().getId());
            built.add(archive.statement("Counts: a May communique").dated("2019-05").parties("TR", "IQ")
                    .type(StatementType.JOINT_STATEMENT).save().getId());
            built.add(archive.statement("Counts: a year-only note").dated("2019").parties("TR").save().getId());
            built.add(archive.statement("Counts: talks across two months").dated("2019-06-29").until("2019-07-02")
                    .parties("TR", "IQ").save().getId());
            built.add(archive.statement("Counts: an undated readout").parties("IQ").type(StatementType.READOUT).save().getId());
        });
    }

    @AfterEach
    void forget() {
        tx.executeWithoutResult(s -> built.forEach(id -> {
            Statement statement = entityManager.find(Statement.class, id);
            Object source = statement.getSource();
            entityManager.remove(statement);
            entityManager.remove(source);
        }));
        built.clear();
    }

    @Test
    void everyCountEqualsTheStatementsItsLinkLists() throws Exception {
        Set<String> pages = new LinkedHashSet<>(List.of("/", "/timeline", "/parties", "/timeline?party=IQ"));
        for (Element official : page("/officials").select(".people a")) {
            pages.add(official.attr("href"));
        }
        Deque<String> toVisit = new ArrayDeque<>(pages);
        Set<String> visited = new LinkedHashSet<>();
        int checked = 0;
        while (!toVisit.isEmpty()) {
            String path = toVisit.pop();
            if (!visited.add(path)) {
                continue;
            }
            for (Element link : page(path).select("a[data-count]")) {
                String target = link.attr("href");
                long shown = Long.parseLong(link.attr("data-count"));
                assertThat(listed(target)).as("%s on %s, linking to %s", link.text(), path, target).isEqualTo(shown);
                checked++;
                if (target.startsWith("/timeline/") && target.matches("/timeline/\\d{4}(\\?.*)?")
                        || target.startsWith("/parties/")) {
                    toVisit.add(target);
                }
            }
        }
        assertThat(visited).contains("/timeline/2019", "/timeline/2021", "/parties/IQ", "/parties/IQ-TR");
        assertThat(checked).isGreaterThan(30);
    }

    @Test
    void theTimelineGroupsEachStatementOnceByItsPrecision() throws Exception {
        Document year = page("/timeline/2019");
        assertThat(year.select(".group h2 a").eachText())
                .containsExactly("2019, month not known", "May 2019", "June 2019");
        assertThat(listedTitles("/timeline/2019/05")).containsExactlyInAnyOrder("Counts: talks in Ankara on water",
                "Counts: a May communique");
        assertThat(listedTitles("/timeline/2019/month-unknown")).containsExactly("Counts: a year-only note");
        assertThat(listedTitles("/timeline/undated")).contains("Counts: an undated readout")
                .doesNotContain("Counts: a year-only note");
        assertThat(http.get("/timeline/2019/07").statusCode()).as("the range is grouped by its first day").isEqualTo(404);
    }

    @Test
    void anEmptyYearOrMonthIsNotFoundAndMonthsLinkToTheirNeighbours() throws Exception {
        assertThat(http.get("/timeline/2018").statusCode()).isEqualTo(404);
        assertThat(http.get("/statements?page=2147483647").statusCode()).isEqualTo(404);
        assertThat(http.get("/statements?page=2147483647").body()).contains("There is no page 2147483648 of this list");
        assertThat(http.get("/officials/antony-blinken?page=2147483647").statusCode()).isEqualTo(404);
        assertThat(http.get("/parties/us").statusCode()).isEqualTo(301);
        assertThat(http.get("/timeline/2019/01").statusCode()).isEqualTo(404);
        Document may = page("/timeline/2019/05");
        assertThat(may.select(".breadcrumbs a").eachText()).containsExactly("Timeline", "2019");
        assertThat(may.select(".breadcrumbs a").eachAttr("href")).containsExactly("/timeline", "/timeline/2019");
        assertThat(may.select(".around a[rel=next]").attr("href")).isEqualTo("/timeline/2019/06");
        Document june = page("/timeline/2019/06");
        assertThat(june.select(".around a[rel=prev]").attr("href")).isEqualTo("/timeline/2019/05");
        assertThat(june.select(".around a[rel=next]").attr("href")).matches("/timeline/20\\d\\d/\\d\\d")
                .isNotEqualTo("/timeline/2019/07");
    }

    /** How many statements a link lists: a list's rows over all its pages, or a year's groups. */
    private long listed(String path) throws Exception {
        Document first = page(path);
        if (!first.select("[data-total]").isEmpty()) {
            long groups = first.select(".group a[data-count]").stream().mapToLong(a -> Long.parseLong(a.attr("data-count"))).sum();
            assertThat(Long.parseLong(first.selectFirst("[data-total]").attr("data-total"))).as(path).isEqualTo(groups);
            return groups;
        }
        if (path.startsWith("/officials")) {
            return first.select(".people li").size();
        }
        long rows = 0;
        Document current = first;
        while (true) {
            rows += current.select("article.row").size();
            Element next = current.selectFirst(".pagination a[rel=next]");
            if (next == null) {
                break;
            }
            current = page(next.attr("href"));
        }
        assertThat(Long.parseLong(first.selectFirst(".result-count strong").text())).as(path).isEqualTo(rows);
        return rows;
    }

    private List<String> listedTitles(String path) throws Exception {
        return page(path).select("article.row .row-title a").eachText();
    }

    private Document page(String path) throws Exception {
        var response = http.get(path, "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }
}
