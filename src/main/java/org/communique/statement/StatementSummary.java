package org.communique.statement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.communique.web.PartyNames;
import org.communique.web.TextLanguage;
import org.springframework.web.util.UriUtils;

/** A statement as a row of a list shows it: what it is, when, between whom, by whom. */
public record StatementSummary(
        long id,
        String slug,
        String title,
        boolean titleDerived,
        PartialDate date,
        LocalDate dateEnd,
        StatementType type,
        List<Party> parties,
        List<Named> officials,
        String publisher,
        boolean sourceMissing) {

    /** A party, its code and its name. */
    public record Party(String code, String name) {
        public static Party of(String code) {
            return new Party(code, PartyNames.nameOf(code));
        }

        /** The party's page, as {@code @{/parties/{code}(code=...)}} writes it (a row's links, made without Thymeleaf's link builder). */
        public String url() {
            return "/parties/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8);
        }
    }

    /** An official as a statement names them, with the office the statement gives. */
    public record Named(String name, String slug, String role, String country) {

        /** The official's page, as {@code @{/officials/{slug}(slug=...)}} writes it. */
        public String url() {
            return "/officials/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
        }
    }

    public String url() {
        return "/statements/" + id + "-" + slug;
    }

    /** The title's language where it is not English ("ar"), else {@code null}: see {@link TextLanguage}. */
    public String titleLang() {
        return TextLanguage.of(title);
    }

    /** The date at its precision, with the range's end: "22–23 July 2024", "July 2021", "2024", or "Undated". */
    public String displayDate() {
        return displayDate(date, dateEnd);
    }

    public String isoDate() {
        return date == null ? "" : date.toString();
    }

    static String displayDate(PartialDate date, LocalDate end) {
        if (date == null) {
            return "Undated";
        }
        if (end == null || date.precision() != DatePrecision.DAY) {
            return date.display();
        }
        LocalDate start = date.start();
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        if (start.getYear() != end.getYear()) {
            return start.format(full) + " – " + end.format(full);
        }
        if (start.getMonth() != end.getMonth()) {
            return start.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH)) + " – " + end.format(full);
        }
        return start.getDayOfMonth() + "–" + end.format(full);
    }
}
