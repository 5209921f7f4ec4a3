package org.communique.citation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.communique.statement.DatePrecision;
import org.communique.statement.PartialDate;
import org.communique.statement.StatementType;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a citation of a statement says, and the statement written in each format: who issued it (the
 * publisher, as a corporate author), its title, its date at the precision the archive knows, its kind, its
 * permanent link in the archive and the address it was first published at.
 *
 * @param permalink the statement's permanent address in the archive (absolute)
 * @param sourceUrl where it was first published, or {@code null}
 * @param accessed  the day the citation was made, for formats that record it
 */
public record Citation(long id, String title, String publisher, PartialDate date, String kind, String permalink,
                       String sourceUrl, LocalDate accessed) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ARCHIVE = "Communique";

    /** Chicago (notes and bibliography), as plain text. */
    public String chicago() {
        StringBuilder text = new StringBuilder();
        if (publisher != null) {
            text.append(publisher).append(endWithPeriod(publisher) ? " " : ". ");
        }
        text.append('“').append(title).append(endWithPeriod(title) ? "”" : ".”").append(' ');
        text.append(kind).append(", ").append(date == null ? "n.d." : chicagoDate(date)).append(". ");
        if (sourceUrl != null) {
            text.append(sourceUrl).append(". ");
        }
        text.append("Archived in ").append(ARCHIVE).append(", ").append(permalink).append('.');
        return text.toString();
    }

    /** BibTeX, one {@code @misc} entry. */
    public String bibtex() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "{" + bibEscape(title) + "}");
        if (publisher != null) {
            fields.put("author", "{" + bibEscape(publisher) + "}");
            fields.put("organization", bibEscape(publisher));
        }
        if (date != null) {
            fields.put("year", String.valueOf(date.start().getYear()));
            if (date.precision() != DatePrecision.YEAR) {
                fields.put("month", date.start().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            }
            fields.put("date", date.toString());
        }
        fields.put("howpublished", "\\url{" + permalink + "}");
        fields.put("url", permalink);
        fields.put("urldate", accessed.toString());
        fields.put("note", bibEscape(kind + (sourceUrl == null ? "" : "; first published at " + sourceUrl)
                + "; archived in " + ARCHIVE));
        StringBuilder entry = new StringBuilder("@misc{").append(key()).append(",\n");
        List<String> lines = new ArrayList<>();
        // the month is BibTeX's own macro (jan ... dec), written bare so that styles print it in their language
        fields.forEach((name, value) -> lines.add("  " + name + " = " + (name.equals("month") ? value : "{" + value + "}")));
        entry.append(String.join(",\n", lines)).append("\n}\n");
        return entry.toString();
    }

    /** RIS, one record, lines ending CRLF as the format asks. */
    public String ris() {
        List<String> lines = new ArrayList<>();
        lines.add("TY  - " + (isNewsReport() ? "NEWS" : "GOVDOC"));
        lines.add("TI  - " + oneLine(title));
        if (publisher != null) {
            lines.add("AU  - " + oneLine(publisher));
            lines.add("PB  - " + oneLine(publisher));
        }
        if (date != null) {
            lines.add("PY  - " + date.start().getYear());
            lines.add("DA  - " + risDate(date));
        }
        lines.add("M3  - " + kind);
        lines.add("UR  - " + permalink);
        if (sourceUrl != null) {
            lines.add("UR  - " + sourceUrl);
        }
        lines.add("DB  - " + ARCHIVE);
        lines.add("Y2  - " + accessed.toString().replace('-', '/'));
        lines.add("ID  - " + key());
        lines.add("ER  - ");
        return String.join("\r\n", lines) + "\r\n";
    }

    /** CSL-JSON: an array of one item, as citation processors (citeproc, Zotero) read it. */
    public String cslJson() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", key());
        item.put("type", isNewsReport() ? "article-newspaper" : "document");
        if (isNewsReport() && publisher != null) {
            item.put("container-title", publisher);
        }
        item.put("title", title);
        if (publisher != null) {
            item.put("author", List.of(Map.of("literal", publisher)));
            item.put("publisher", publisher);
        }
        if (date != null) {
            item.put("issued", Map.of("date-parts", List.of(dateParts(date))));
        }
        item.put("genre", kind);
        item.put("URL", permalink);
        item.put("archive", ARCHIVE);
        if (sourceUrl != null) {
            item.put("note", "First published at " + sourceUrl);
        }
        item.put("accessed", Map.of("date-parts", List.of(List.of(accessed.getYear(), accessed.getMonthValue(),
                accessed.getDayOfMonth()))));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(item));
    }

    /** A news report is cited as a newspaper article; what governments issue, as a government document. */
    boolean isNewsReport() {
        return StatementType.NEWS_REPORT.label().equals(kind);
    }

    /** The {@code citation_*} meta tags (Highwire Press, as Google Scholar and Zotero read them), in order. */
    public List<Meta> metaTags() {
        List<Meta> tags = new ArrayList<>();
        tags.add(new Meta("citation_title", title));
        if (publisher != null) {
            tags.add(new Meta("citation_author", publisher));
            tags.add(new Meta("citation_publisher", publisher));
        }
        if (date != null) {
            String slashed = date.toString().replace('-', '/');
            tags.add(new Meta("citation_publication_date", slashed));
            tags.add(new Meta("citation_date", slashed));
        }
        tags.add(new Meta("citation_public_url", permalink));
        tags.add(new Meta("citation_fulltext_html_url", permalink));
        tags.add(new Meta("citation_language", "en"));
        return tags;
    }

    /** A meta tag: {@code <meta name="..." content="...">}. */
    public record Meta(String name, String content) {
    }

    /** A key for reference managers: "communique2021-12". */
    public String key() {
        return "communique" + (date == null ? "" : String.valueOf(date.start().getYear())) + "-" + id;
    }

    private static String chicagoDate(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> date.start().format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
            case MONTH -> date.start().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            case YEAR -> String.valueOf(date.start().getYear());
        };
    }

    private static String risDate(PartialDate date) {
        LocalDate d = date.start();
        return switch (date.precision()) {
            case DAY -> String.format("%04d/%02d/%02d/", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            case MONTH -> String.format("%04d/%02d//", d.getYear(), d.getMonthValue());
            case YEAR -> String.format("%04d///", d.getYear());
        };
    }

    private static List<Integer> dateParts(PartialDate date) {
        LocalDate d = date.start();
        return switch (date.precision()) {
            case DAY -> List.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            case MONTH -> List.of(d.getYear(), d.getMonthValue());
            case YEAR -> List.of(d.getYear());
        };
    }

    private static boolean endWithPeriod(String text) {
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Escapes what BibTeX reads as markup: braces, and the characters LaTeX treats specially. */
    static String bibEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : oneLine(text).toCharArray()) {
            switch (c) {
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '\\' -> out.append("\\textbackslash{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
