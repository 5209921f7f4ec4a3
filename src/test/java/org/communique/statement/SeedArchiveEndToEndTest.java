package org.communique.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.communique.ArchiveHttp;
import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.ImportFileResult;
import org.communique.importer.ImportRun;
import org.communique.importer.Importer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The archive over the five seed documents, as a reader meets it through its pages. */
@ArchiveTest
class SeedArchiveEndToEndTest {

    private static final Pattern ROW_LINK = Pattern.compile("class=\"row-title\">\\s*<a href=\"/statements/(\\d+)-");

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
    void listsAllFiveSeeds() throws Exception {
        assertThat(sourcesListed("/statements")).containsExactlyInAnyOrder("000", "001", "002", "003", "004");
    }

    @Test
    void everySpellingOfBlinkenLeadsToTheSameStatements() throws Exception {
        for (String spelling : List.of("Blinken", "Anthony Blinken", "Antony J. Blinken", "antony blinken")) {
            assertThat(sourcesListed("/statements?official=" + spelling.replace(" ", "+")))
                    .as(spelling).containsExactlyInAnyOrder("000", "002", "004");
        }
        assertThat(get("/officials/antony-blinken").body()).contains("Anthony Blinken");
    }

    @Test
    void aMonthFindsTheStatementsDatedInIt() throws Exception {
        assertThat(sourcesListed("/statements?from=2021-07&to=2021-07")).containsExactlyInAnyOrder("000", "002");
        assertThat(sourcesListed("/statements?date=2021-07")).containsExactlyInAnyOrder("000", "002");
    }

    @Test
    void aYearFindsStatementsKnownToTheDayOrOnlyToTheYear() throws Exception {
        assertThat(sourcesListed("/statements?from=2024&to=2024")).containsExactlyInAnyOrder("001", "003");
    }

    @Test
    void oldestFirstFollowsTheTimeline() throws Exception {
        assertThat(sourcesListed("/statements?sort=oldest")).containsExactly("004", "002", "000", "003", "001");
    }

    @Test
    void importingTheSameFolderAgainChangesNothing() {
        ImportRun again = SeedArchive.load(importer);
        assertThat(again.getFiles()).extracting(ImportFileResult::getOutcome)
                .containsOnly(ImportFileResult.Outcome.UNCHANGED);
        assertThat(statements.count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aStatementWithAStaleSlugRedirects() throws Exception {
        long id = statements.findBySourcePath("000_10cd8ee5ffed7d6e.txt").orElseThrow().getId();
        HttpResponse<String> response = get("/statements/" + id + "-old-title");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/statements/" + id + "-joint-statement-on-the-us-iraq-strategic-dialogue");
    }

    @Test
    void unknownStatementsAndPagesAre404() throws Exception {
        assertThat(get("/statements/987654").statusCode()).isEqualTo(404);
        assertThat(get("/statements/not-a-number").statusCode()).isEqualTo(404);
        assertThat(get("/officials/nobody-of-that-name").statusCode()).isEqualTo(404);
        assertThat(get("/no/such/page").statusCode()).isEqualTo(404);
        assertThat(get("/no/such/page").body()).contains("Not found");
    }

    @Test
    void healthSaysUpAndNothingMore() throws Exception {
        HttpResponse<String> health = http.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    /** The seed numbers ("000"...) of the statements a list page shows, in order. */
    private List<String> sourcesListed(String path) throws Exception {
        String body = get(path).body();
        Matcher m = ROW_LINK.matcher(body);
        List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids.stream().map(id -> statements.findWithSourceById(id).orElseThrow().getSource().getPath().substring(0, 3))
                .toList();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.get(path, "text/html");
    }
}
