package org.communique.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.communique.ArchiveHttp;
import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.communique.statement.Statements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bulk export: every statement, once, whole, in JSON Lines and in CSV. */
@ArchiveTest
class ExportTest {

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
    void jsonLinesHoldEveryStatementWholeOncePerLine() throws Exception {
        HttpResponse<String> response = get("/export/statements.jsonl");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        List<String> lines = response.body().lines().toList();
        assertThat(lines).hasSize((int) statements.count());
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> items = lines.stream().map(json::readTree).toList();
        assertThat(items).extracting(i -> i.get("id").asLong()).doesNotHaveDuplicates().isSorted();
        JsonNode first = items.stream().filter(i -> i.get("file").asString().startsWith("000")).findFirst().orElseThrow();
        assertThat(first.get("title").asString()).isEqualTo("Joint Statement on the U.S.-Iraq Strategic Dialogue");
        assertThat(first.get("body").asString()).contains("Peshmerga");
        assertThat(first.get("source").get("sha256").asString()).hasSize(64);
    }

    @Test
    void csvHasAHeaderAndOneRowPerStatement() throws Exception {
        HttpResponse<String> response = get("/export/statements.csv");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(response.body())).getRecords();
        assertThat(rows).hasSize((int) statements.count());
        CSVRecord seed = rows.stream().filter(r -> r.get("source_file").startsWith("000")).findFirst().orElseThrow();
        assertThat(seed.get("title")).isEqualTo("Joint Statement on the U.S.-Iraq Strategic Dialogue");
        assertThat(seed.get("date")).isEqualTo("2021-07-26");
        assertThat(seed.get("parties")).contains("US", "IQ");
        assertThat(seed.get("officials")).contains("Antony Blinken");
        assertThat(seed.get("body")).contains("Peshmerga").contains("\n");
        assertThat(rows.get(0).toMap().keySet()).containsExactlyElementsOf(ExportController.CSV_COLUMNS);
    }

    @Test
    void theExportPageLinksBothFiles() throws Exception {
        String page = get("/export").body();
        assertThat(page).contains("/export/statements.jsonl", "/export/statements.csv", "<code>body</code>");
        assertThat(page).doesNotContain("id, url, title");
    }

    @Test
    void theFilesTakeTheListsFiltersAndHoldExactlyWhatTheListShows() throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(get("/export/statements.csv?q=Peshmerga").body())).getRecords();
        assertThat(rows).extracting(r -> r.get("source_file").substring(0, 3)).containsExactlyInAnyOrder("000", "001");
        List<String> lines = get("/export/statements.jsonl?official=Blinken&from=2021-07&to=2021-07").body().lines().toList();
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"2021-07-2"));
        List<CSVRecord> news = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(get("/export/statements.csv?type=news-report&party=USA-Iraq").body())).getRecords();
        assertThat(news).isNotEmpty().allSatisfy(r -> assertThat(r.get("type")).isEqualTo("news-report"));
        assertThat(http.get("/export/statements.csv?party=Narnia").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.ok(path, "*/*");
    }
}
