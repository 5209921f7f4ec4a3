package org.communique.statement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month or the year. A partial date covers a span: "July 2021" runs from
 * July 1 to July 31, so filters and sorting can treat it honestly.
 */
public record PartialDate(LocalDate start, DatePrecision precision) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        start = switch (precision) {
            case DAY -> start;
            case MONTH -> start.withDayOfMonth(1);
            case YEAR -> start.withDayOfYear(1);
        };
    }

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(day, DatePrecision.DAY);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException naming the value when it is not such a date
     */
    public static PartialDate parse(String text) {
        String value = text == null ? "" : text.trim();
        Matcher m = ISO.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return ofYear(year);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("'" + value + "' is not a date: there is no month " + m.group(2)
                    + " (months run from 01 to 12)");
        }
        if (m.group(3) == null) {
            return ofMonth(year, month);
        }
        int day = Integer.parseInt(m.group(3));
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw new IllegalArgumentException("'" + value + "' is not a date: "
                    + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                    + yearMonth.lengthOfMonth() + " days");
        }
        return ofDay(LocalDate.of(year, month, day));
    }

    /** The first day the date may mean. */
    public LocalDate lowerBound() {
        return start;
    }

    /** The last day the date may mean. */
    public LocalDate upperBound() {
        return switch (precision) {
            case DAY -> start;
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !upperBound().isBefore(from) && !lowerBound().isAfter(to);
    }

    /** The date as readers see it at its precision: "26 July 2021", "July 2021", "2021". */
    public String display() {
        return switch (precision) {
            case DAY -> start.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            case MONTH -> start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + start.getYear();
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** The month and year, or the year alone when that is all the date knows: "July 2021", "2021". */
    public String displayMonth() {
        return precision == DatePrecision.YEAR ? Integer.toString(start.getYear())
                : start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + start.getYear();
    }

    /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> String.format("%04d", start.getYear());
        };
    }

    /** Earlier spans first; at the same start, the more precise date first. */
    @Override
    public int compareTo(PartialDate other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : precision.compareTo(other.precision);
    }
}
