package org.communique.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.communique.web.InvalidParameterException;
import org.communique.web.PartyNames;

/**
 * What a reader asks of the statements, read from the query parameters of {@code /statements} (and the
 * API): words, a date or a range of dates, an official, parties, a type, a publisher, the order, the page.
 * Parameters that cannot be read fail with a message that names them.
 *
 * @param from lower end of the date range, at any precision ("2021", "2021-07", "2021-07-26"), or {@code null}
 * @param to   upper end, likewise; a partial date covers its whole month or year
 */
public record StatementFilter(
        String q,
        PartialDate from,
        PartialDate to,
        String official,
        List<String> parties,
        StatementType type,
        String publisher,
        Order order,
        int page,
        Dating dating,
        int size) {

    /** Statements a page shows, unless the API is asked for another {@code size}. */
    public static final int PAGE_SIZE = 20;
    /** The most statements one page of the API gives. */
    public static final int MAX_SIZE = 100;
    /** The longest text a reader may give in {@code q}, {@code official} or {@code publisher}. */
    public static final int MAX_TEXT = 1000;
    public static final StatementFilter ALL = new StatementFilter(null, null, null, null, List.of(), null, null,
            Order.NEWEST, 0, Dating.ANY, PAGE_SIZE);

    /**
     * Which statements a date range takes by how precisely they are dated. {@code ANY} is the range as readers
     * give it (a statement matches when its span overlaps); the others are the timeline's groups, which take a
     * statement by the day its date starts on: those dated to the day or month, those known only to the year,
     * the undated.
     */
    public enum Dating {
        ANY, DAY_OR_MONTH, YEAR_ONLY, UNDATED
    }

    /** Newest first (undated last), oldest first, or by relevance to the words asked for. */
    public enum Order {
        NEWEST, OLDEST, RELEVANCE;

        static Order parse(String value, boolean hasWords) {
            if (value == null || value.isBlank()) {
                return hasWords ? RELEVANCE : NEWEST;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "newest", "date-desc", "desc" -> NEWEST;
                case "oldest", "date-asc", "asc" -> OLDEST;
                case "relevance" -> RELEVANCE;
                default -> throw new InvalidParameterException("sort",
                        "sort must be newest, oldest or relevance, not '" + value + "'");
            };
        }
    }

    public StatementFilter {
        parties = List.copyOf(parties);
        size = size <= 0 ? PAGE_SIZE : size;
        q = blankToNull(q);
        official = blankToNull(official);
        publisher = blankToNull(publisher);
        dating = dating == null ? Dating.ANY : dating;
    }

    /** Reads the parameters as a reader or a script writes them; {@code date} is short for from = to = date. */
    public static StatementFilter of(String q, String date, String from, String to, String official, List<String> party,
                                     String type, String publisher, String sort, Integer page) {
        PartialDate lower = parseDate("from", from);
        PartialDate upper = parseDate("to", to);
        PartialDate on = parseDate("date", date);
        if (on != null) {
            lower = lower == null ? on : lower;
            upper = upper == null ? on : upper;
        }
        if (lower != null && upper != null && lower.lowerBound().isAfter(upper.upperBound())) {
            throw new InvalidParameterException("to", "to (" + upper + ") is before from (" + lower + ")");
        }
        StatementType statementType = null;
        if (type != null && !type.isBlank()) {
            statementType = StatementType.fromCode(type).orElseThrow(() -> new InvalidParameterException("type",
                    "type must be one of joint-statement, readout, press-statement, remarks, news-report, other;"
                            + " not '" + type + "'"));
        }
        if (page != null && page < 0) {
            throw new InvalidParameterException("page", "page must be 0 or more, not " + page);
        }
        checkText("q", q);
        checkText("official", official);
        checkText("publisher", publisher);
        List<String> codes = new ArrayList<>();
        for (String value : party == null ? List.<String>of() : party) {
            codes.addAll(PartyNames.parseList(value).orElseThrow(() -> new InvalidParameterException("party",
                    "There is no party called '" + value.strip() + "'. Give a code such as US, IQ or EU, or a name"
                            + " such as Iraq or United States; /parties lists every party in the archive.")));
        }
        String words = blankToNull(q);
        return new StatementFilter(words, lower, upper, official, codes.stream().distinct().toList(), statementType,
                publisher, Order.parse(sort, words != null), page == null ? 0 : page, Dating.ANY, PAGE_SIZE);
    }

    /**
     * Refuses text a reader cannot have typed: control characters (other than tab and line breaks, which are
     * spaces here), Unicode non-characters such as U+FFFE, lone surrogates, and text over {@link #MAX_TEXT}.
     */
    public static void checkText(String parameter, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidParameterException(parameter, parameter + " is longer than " + MAX_TEXT + " characters");
        }
        int at = org.communique.web.TextOnlyParameters.notTextAt(value);
        if (at >= 0) {
            throw new InvalidParameterException(parameter, parameter + " holds a control character or another"
                    + " character that is not text (at position " + (at + 1) + ")");
        }
    }

    private static PartialDate parseDate(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, parameter + ": " + e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public LocalDate fromDay() {
        return from == null ? null : from.lowerBound();
    }

    public LocalDate toDay() {
        return to == null ? null : to.upperBound();
    }

    public boolean isEmpty() {
        return q == null && from == null && to == null && official == null && parties.isEmpty() && type == null
                && publisher == null;
    }

    /** Which statements the filter takes, without its order and page: what counts of them depend on. */
    public StatementFilter whichStatements() {
        return new StatementFilter(q, from, to, official, parties, type, publisher, Order.NEWEST, 0, dating, PAGE_SIZE);
    }

    public StatementFilter withPage(int newPage) {
        return new StatementFilter(q, from, to, official, parties, type, publisher, order, newPage, dating, size);
    }

    /** The same filter taking only the statements of one of the timeline's groups. */
    public StatementFilter withDating(Dating newDating) {
        return new StatementFilter(q, from, to, official, parties, type, publisher, order, page, newDating, size);
    }

    /** The same filter with pages of {@code size} statements (1 to {@link #MAX_SIZE}); {@code null} keeps 20. */
    public StatementFilter withSize(Integer size) {
        if (size == null) {
            return this;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameterException("size", "size must be from 1 to " + MAX_SIZE + ", not " + size);
        }
        return new StatementFilter(q, from, to, official, parties, type, publisher, order, page, dating, size);
    }

    /** The filter as query parameters, for links that keep it (pagination, sorting, facets). */
    public Map<String, String> parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (q != null) {
            params.put("q", q);
        }
        if (from != null) {
            params.put("from", from.toString());
        }
        if (to != null) {
            params.put("to", to.toString());
        }
        if (official != null) {
            params.put("official", official);
        }
        if (!parties.isEmpty()) {
            params.put("party", String.join("-", parties));
        }
        if (type != null) {
            params.put("type", type.code());
        }
        if (publisher != null) {
            params.put("publisher", publisher);
        }
        boolean defaultOrder = order == (q == null ? Order.NEWEST : Order.RELEVANCE);
        if (!defaultOrder) {
            params.put("sort", order.name().toLowerCase(Locale.ROOT));
        }
        return params;
    }
}
