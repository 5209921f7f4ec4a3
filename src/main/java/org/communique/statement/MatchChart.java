package org.communique.statement;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * How many statements of a list fall in each year, or each month when they span two years at most: a bar
 * chart drawn on the server as SVG (with a title and a description for screen readers) and the same numbers
 * as a table beside it. Years or months without statements between the first and the last are drawn as
 * empty, so that a reader sees when a phrase rose and fell.
 *
 * @param unit      "year" or "month"
 * @param yearOnly  statements known only to their year, not drawn in a chart of months
 * @param undated   statements without a date, not drawn
 */
public record MatchChart(String unit, List<Bar> bars, long yearOnly, long undated) {

    /** The drawing's size in its own units; the page scales it to its width. */
    public static final int WIDTH = 600;
    public static final int HEIGHT = 170;
    static final int PLOT = 130;
    static final int BASE = 140;
    /** The widest a bar is drawn, so that one or two bars stand as bars in the middle of their slots, not as walls. */
    static final int WIDEST_BAR = 60;

    /** One year or month: its label, count and link, and where its bar is drawn. */
    public record Bar(String label, String longLabel, long count, String link, double x, double width, double y,
                      double height, boolean labelled) {

        public double labelX() {
            return x + width / 2;
        }
    }

    /**
     * The chart of a list's calendar counts, or {@code null} when nothing in it is dated.
     *
     * @param linkTo the list narrowed to a span, given as its {@code from}/{@code to} value ("2021", "2021-07")
     */
    static MatchChart of(List<CalendarCount> counts, Function<String, String> linkTo) {
        SortedMap<YearMonth, Long> months = new java.util.TreeMap<>();
        SortedMap<Integer, Long> years = new java.util.TreeMap<>();
        long yearOnly = 0;
        long undated = 0;
        for (CalendarCount c : counts) {
            if (c.year() == null) {
                undated += c.count();
                continue;
            }
            years.merge(c.year(), c.count(), Long::sum);
            if (c.month() == null) {
                yearOnly += c.count();
            } else {
                months.merge(YearMonth.of(c.year(), c.month()), c.count(), Long::sum);
            }
        }
        if (years.isEmpty()) {
            return null;
        }
        Map<String, Long> values = new LinkedHashMap<>();
        Map<String, String> spans = new LinkedHashMap<>();
        Map<String, String> longLabels = new LinkedHashMap<>();
        boolean byMonth = !drawnByYear(years.firstKey(), years.lastKey()) && !months.isEmpty();
        if (byMonth) {
            for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
                String label = m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
                values.put(label, months.getOrDefault(m, 0L));
                spans.put(label, m.toString());
                longLabels.put(label, m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear());
            }
        } else {
            for (int y = years.firstKey(); y <= years.lastKey(); y++) {
                values.put(Integer.toString(y), years.getOrDefault(y, 0L));
                spans.put(Integer.toString(y), Integer.toString(y));
                longLabels.put(Integer.toString(y), Integer.toString(y));
            }
            yearOnly = 0;
        }
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int n = values.size();
        double slot = (double) WIDTH / n;
        double gap = Math.min(6, slot * 0.2);
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            double h = e.getValue() == 0 ? 0 : Math.max(2, (double) PLOT * e.getValue() / max);
            double width = Math.min(slot - gap, WIDEST_BAR);
            bars.add(new Bar(e.getKey(), longLabels.get(e.getKey()), e.getValue(), linkTo.apply(spans.get(e.getKey())),
                    round(i * slot + (slot - width) / 2), round(width), round(BASE - h), round(h), i % every == 0));
            i++;
        }
        return new MatchChart(byMonth ? "month" : "year", bars, yearOnly, undated);
    }

    /** Whether counts whose years are these are drawn by year whatever their months: they span over two years. */
    static boolean drawnByYear(List<CalendarCount> counts) {
        IntSummaryStatistics years = counts.stream().filter(c -> c.year() != null).mapToInt(CalendarCount::year)
                .summaryStatistics();
        return years.getCount() > 0 && drawnByYear(years.getMin(), years.getMax());
    }

    private static boolean drawnByYear(int first, int last) {
        return last - first > 1;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The busiest year or month, for the description read out in place of the drawing. */
    public Bar busiest() {
        return bars.stream().max(java.util.Comparator.comparingLong(Bar::count)).orElseThrow();
    }

    /** The SVG's {@code viewBox}. */
    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public long total() {
        return bars.stream().mapToLong(Bar::count).sum();
    }

    public String span() {
        return bars.get(0).longLabel() + (bars.size() > 1 ? " – " + bars.get(bars.size() - 1).longLabel() : "");
    }
}
