package org.communique.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.communique.statement.PartialDate;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each citation format, read back: BibTeX and CSL-JSON with real parsers, RIS and Chicago field by field. */
class CitationTest {

    private static final Citation DAY = new Citation(12, "Joint Statement on the U.S.-Iraq {Strategic} Dialogue & 50% more",
            "U.S. Department of State", PartialDate.parse("2021-07-26"), "Joint statement",
            "https://archive.example/statements/12", "https://www.state.gov/joint-statement/", LocalDate.of(2026, 12, 2));
    private static final Citation MONTH = new Citation(13, "Readout of a call", null, PartialDate.parse("2024-03"),
            "Readout", "https://archive.example/statements/13", null, LocalDate.of(2026, 12, 2));
    private static final Citation UNDATED = new Citation(14, "Remarks", "ESTA", null, "Remarks",
            "https://archive.example/statements/14", null, LocalDate.of(2026, 12, 2));

    @Test
    void bibtexParsesWithItsFieldsIntact() throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(DAY.bibtex()));
        assertThat(database.getEntries()).hasSize(1);
        BibTeXEntry entry = database.getEntries().values().iterator().next();
        assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_MISC);
        assertThat(entry.getKey().getValue()).isEqualTo("communique2021-12");
        assertThat(entry.getField(BibTeXEntry.KEY_TITLE).toUserString())
                .isEqualTo("{Joint Statement on the U.S.-Iraq \\{Strategic\\} Dialogue \\& 50\\% more}");
        assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("{U.S. Department of State}");
        assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2021");
        assertThat(entry.getField(BibTeXEntry.KEY_MONTH)).as("the bare month macro").isInstanceOf(org.jbibtex.ReferenceValue.class);
        assertThat(entry.getField(BibTeXEntry.KEY_MONTH).toUserString()).as("the macro as BibTeX resolves it").isEqualTo("July");
        assertThat(DAY.bibtex()).contains("  month = jul,\n");
        assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString()).isEqualTo("https://archive.example/statements/12");
        assertThat(entry.getField(new Key("urldate")).toUserString()).isEqualTo("2026-12-02");
        BibTeXEntry undated = new BibTeXParser().parse(new StringReader(UNDATED.bibtex())).getEntries().values().iterator().next();
        assertThat(undated.getField(BibTeXEntry.KEY_YEAR)).isNull();
    }

    @Test
    void cslJsonReadsAsOneItemWithDateParts() {
        JsonNode items = JsonMapper.builder().build().readTree(DAY.cslJson());
        assertThat(items.isArray()).isTrue();
        JsonNode item = items.get(0);
        assertThat(item.get("id").asString()).isEqualTo("communique2021-12");
        assertThat(item.get("type").asString()).isEqualTo("document");
        assertThat(item.get("title").asString()).isEqualTo(DAY.title());
        assertThat(item.get("author").get(0).get("literal").asString()).isEqualTo("U.S. Department of State");
        assertThat(item.get("issued").get("date-parts").toString()).isEqualTo("[[2021,7,26]]");
        assertThat(item.get("URL").asString()).isEqualTo("https://archive.example/statements/12");
        JsonNode month = JsonMapper.builder().build().readTree(MONTH.cslJson()).get(0);
        assertThat(month.get("issued").get("date-parts").toString()).isEqualTo("[[2024,3]]");
        assertThat(month.has("author")).isFalse();
    }

    @Test
    void risHasOneTagPerLineFromTyToEr() {
        String ris = DAY.ris();
        assertThat(ris).endsWith("ER  - \r\n");
        List<String> lines = Arrays.asList(ris.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line).matches("[A-Z][A-Z0-9]  - .*"));
        Map<String, String> first = new LinkedHashMap<>();
        lines.forEach(line -> first.putIfAbsent(line.substring(0, 2), line.substring(6)));
        assertThat(lines.get(0)).isEqualTo("TY  - GOVDOC");
        assertThat(first).containsEntry("TI", DAY.title()).containsEntry("AU", "U.S. Department of State")
                .containsEntry("PY", "2021").containsEntry("DA", "2021/07/26/")
                .containsEntry("UR", "https://archive.example/statements/12").containsEntry("Y2", "2026/12/02");
        assertThat(lines).contains("UR  - https://www.state.gov/joint-statement/");
        assertThat(MONTH.ris()).contains("DA  - 2024/03//\r\n").doesNotContain("AU  - ");
    }

    @Test
    void aNewsReportIsCitedAsANewspaperArticle() throws Exception {
        Citation news = new Citation(15, "Iraq and the U.S. end the combat mission", "ESTA", PartialDate.parse("2021-07-27"),
                "News report", "https://archive.example/statements/15", "https://esta.example/news/15", LocalDate.of(2026, 12, 2));
        JsonNode item = JsonMapper.builder().build().readTree(news.cslJson()).get(0);
        assertThat(item.get("type").asString()).isEqualTo("article-newspaper");
        assertThat(item.get("container-title").asString()).isEqualTo("ESTA");
        assertThat(Arrays.asList(news.ris().split("\r\n")).get(0)).isEqualTo("TY  - NEWS");
        assertThat(Arrays.asList(DAY.ris().split("\r\n")).get(0)).isEqualTo("TY  - GOVDOC");
        assertThat(JsonMapper.builder().build().readTree(DAY.cslJson()).get(0).get("type").asString()).isEqualTo("document");
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(news.bibtex()));
        assertThat(database.getEntries()).hasSize(1);
    }

    @Test
    void chicagoNamesPublisherTitleKindDateAndLinks() {
        assertThat(DAY.chicago()).isEqualTo("U.S. Department of State. “Joint Statement on the U.S.-Iraq {Strategic}"
                + " Dialogue & 50% more.” Joint statement, July 26, 2021. https://www.state.gov/joint-statement/."
                + " Archived in Communique, https://archive.example/statements/12.");
        assertThat(MONTH.chicago()).startsWith("“Readout of a call.” Readout, March 2024.");
        assertThat(UNDATED.chicago()).contains("Remarks, n.d.");
    }

    @Test
    void metaTagsGiveTitleAuthorDateAndAddress() {
        Map<String, String> tags = new LinkedHashMap<>();
        DAY.metaTags().forEach(m -> tags.putIfAbsent(m.name(), m.content()));
        assertThat(tags).containsEntry("citation_title", DAY.title())
                .containsEntry("citation_author", "U.S. Department of State")
                .containsEntry("citation_publication_date", "2021/07/26")
                .containsEntry("citation_public_url", "https://archive.example/statements/12");
    }
}
