package org.communique.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statements in a month of the calendar ({@code month} is {@code null} for those known only to the year; both are
 * for the undated ones): what the timeline, a list's chart and count, and the API's timeline read.
 */
public record CalendarCount(Integer year, Integer month, long count) {

    /**
     * The statements of a calendar as its queries count them, by day, added up by month: a statement known only
     * to the year counts for its year (month 0 here), not for the January it starts in.
     */
    static final class Tally {

        private final Map<Month, Long> months = new TreeMap<>();

        /** Adds a day's count to its month (to month 0 of its year for a date known only to the year). */
        void add(LocalDate day, DatePrecision precision, long count) {
            months.merge(day == null ? Month.UNDATED
                    : new Month(day.getYear(), precision == DatePrecision.YEAR ? 0 : day.getMonthValue()), count, Long::sum);
        }

        /** The months in calendar order, the years' own counts before their months, the undated last. */
        List<CalendarCount> counts() {
            return months.entrySet().stream().map(e -> e.getKey().count(e.getValue())).toList();
        }
    }

    /** A month of the calendar as it sorts: month 0 for those known only to the year, the undated last. */
    private record Month(int year, int month) implements Comparable<Month> {

        static final Month UNDATED = new Month(Integer.MAX_VALUE, 0);

        CalendarCount count(long count) {
            return equals(UNDATED) ? new CalendarCount(null, null, count)
                    : new CalendarCount(year, month == 0 ? null : month, count);
        }

        @Override
        public int compareTo(Month other) {
            return year != other.year ? Integer.compare(year, other.year) : Integer.compare(month, other.month);
        }
    }
}
