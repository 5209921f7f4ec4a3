package org.communique.timeline;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.communique.statement.DatePrecision;
import org.communique.statement.CalendarCount;
import org.communique.statement.StatementQueries.Dated;
import org.communique.statement.StatementSummary;

/**
 * The archive in time order: years oldest first, each with a density bar per month and its statements
 * grouped by month (those known only to the year first, as they sort), then the undated ones. Each group
 * shows its first few statements and says how many more it holds.
 */
record Timeline(List<Year> years, Group undated, long total, boolean detailed) {

    /** A year: how many statements, a bar for each of its twelve months, and its groups in order. */
    record Year(int year, long total, List<MonthCount> months, List<Group> groups) {

        public String path() {
            return "/timeline/" + year;
        }
    }

    /** A month in a year's strip: its count and its bar's length in tenths of the busiest month's. */
    record MonthCount(int year, int month, String name, long count, int tenths) {

        public String path() {
            return "/timeline/" + year + "/" + String.format("%02d", month);
        }
    }

    /**
     * Statements that share a month (or only a year, or no date): a heading, the page that lists them all,
     * the first of them, and how many are not shown.
     */
    record Group(String heading, String id, String path, Map<String, String> query, long count,
                 List<StatementSummary> first) {

        public long more() {
            return count - first.size();
        }
    }

    public boolean isDetailed() {
        return detailed;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /**
     * Groups statements already in time order. Only the first {@code perGroup} of each group are read in full,
     * with one call of {@code summaries} for the whole timeline.
     */
    static Timeline of(List<Dated> chronology, int perGroup, Function<List<Long>, List<StatementSummary>> summaries) {
        Map<Integer, Map<Integer, List<Long>>> byYear = new TreeMap<>();
        List<Long> undated = new ArrayList<>();
        for (Dated dated : chronology) {
            if (dated.date() == null) {
                undated.add(dated.id());
                continue;
            }
            int year = dated.date().lowerBound().getYear();
            int month = dated.date().precision() == DatePrecision.YEAR ? 0 : dated.date().lowerBound().getMonthValue();
            byYear.computeIfAbsent(year, y -> new TreeMap<>()).computeIfAbsent(month, m -> new ArrayList<>()).add(dated.id());
        }
        long busiest = byYear.values().stream().flatMap(months -> months.entrySet().stream())
                .filter(e -> e.getKey() > 0).mapToLong(e -> e.getValue().size()).max().orElse(1);

        List<Long> shown = new ArrayList<>();
        byYear.values().forEach(months -> months.values().forEach(ids -> shown.addAll(first(ids, perGroup))));
        shown.addAll(first(undated, perGroup));
        Map<Long, StatementSummary> read = summaries.apply(shown).stream()
                .collect(Collectors.toMap(StatementSummary::id, s -> s, (a, b) -> a, LinkedHashMap::new));

        List<Year> years = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, List<Long>>> year : byYear.entrySet()) {
            int y = year.getKey();
            Map<Integer, Long> counts = new TreeMap<>();
            List<Group> groups = new ArrayList<>();
            for (Map.Entry<Integer, List<Long>> month : year.getValue().entrySet()) {
                List<Long> ids = month.getValue();
                int m = month.getKey();
                if (m == 0) {
                    groups.add(new Group(y + ", month not known", "y" + y, "/timeline/" + y + "/month-unknown", Map.of(), ids.size(),
                            rows(first(ids, perGroup), read)));
                } else {
                    counts.put(m, (long) ids.size());
                    groups.add(new Group(monthName(m) + " " + y, "m" + y + "-" + m,
                            "/timeline/" + y + "/" + String.format("%02d", m), Map.of(), ids.size(),
                            rows(first(ids, perGroup), read)));
                }
            }
            long total = year.getValue().values().stream().mapToLong(List::size).sum();
            years.add(new Year(y, total, months(y, counts, busiest), groups));
        }
        Group undatedGroup = new Group("Undated", "undated", "/timeline/undated", Map.of(), undated.size(),
                rows(first(undated, perGroup), read));
        return new Timeline(years, undatedGroup, chronology.size(), true);
    }

    /** The timeline from counts alone, for an archive too large to list on one page: months, no statements. */
    static Timeline ofCounts(List<CalendarCount> counts) {
        return ofCounts(counts, (year, month) -> List.of(), ids -> List.of(), false);
    }

    /**
     * The timeline from counts, each group with its first statements: {@code first} gives their ids for a year and
     * month ({@code null} for those known only to the year), read in full with one call of {@code summaries}.
     */
    static Timeline ofCounts(List<CalendarCount> counts, BiFunction<Integer, Integer, List<Long>> first,
                             Function<List<Long>, List<StatementSummary>> summaries) {
        return ofCounts(counts, first, summaries, true);
    }

    private static Timeline ofCounts(List<CalendarCount> counts, BiFunction<Integer, Integer, List<Long>> first,
                                     Function<List<Long>, List<StatementSummary>> summaries, boolean detailed) {
        Map<Integer, Map<Integer, Long>> byYear = new TreeMap<>();
        long undated = 0;
        long total = 0;
        for (CalendarCount count : counts) {
            total += count.count();
            if (count.year() == null) {
                undated += count.count();
            } else {
                byYear.computeIfAbsent(count.year(), y -> new TreeMap<>())
                        .merge(count.month() == null ? 0 : count.month(), count.count(), Long::sum);
            }
        }
        Map<Integer, Map<Integer, List<Long>>> firstIds = new TreeMap<>();
        byYear.forEach((y, months) -> months.keySet().forEach(m -> firstIds.computeIfAbsent(y, k -> new TreeMap<>())
                .put(m, first.apply(y, m == 0 ? null : m))));
        Map<Long, StatementSummary> read = summaries.apply(firstIds.values().stream()
                        .flatMap(months -> months.values().stream()).flatMap(List::stream).toList())
                .stream().collect(Collectors.toMap(StatementSummary::id, s -> s, (a, b) -> a));

        long busiest = byYear.values().stream().flatMap(m -> m.entrySet().stream()).filter(e -> e.getKey() > 0)
                .mapToLong(Map.Entry::getValue).max().orElse(1);
        List<Year> years = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, Long>> year : byYear.entrySet()) {
            int y = year.getKey();
            Map<Integer, Long> months = new TreeMap<>(year.getValue());
            Long yearOnly = months.remove(0);
            List<Group> groups = new ArrayList<>();
            if (yearOnly != null) {
                groups.add(new Group(y + ", month not known", "y" + y, "/timeline/" + y + "/month-unknown", Map.of(), yearOnly,
                        rows(firstIds.get(y).get(0), read)));
            }
            months.forEach((m, count) -> groups.add(new Group(monthName(m) + " " + y, "m" + y + "-" + m,
                    "/timeline/" + y + "/" + String.format("%02d", m), Map.of(), count, rows(firstIds.get(y).get(m), read))));
            long yearTotal = year.getValue().values().stream().mapToLong(Long::longValue).sum();
            years.add(new Year(y, yearTotal, months(y, months, busiest), groups));
        }
        return new Timeline(years, new Group("Undated", "undated", "/timeline/undated", Map.of(), undated,
                List.of()), total, detailed);
    }

    /** Twelve months of a year with their counts and bar lengths. */
    static List<MonthCount> months(int year, Map<Integer, Long> counts, long busiest) {
        List<MonthCount> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            long count = counts.getOrDefault(m, 0L);
            int tenths = count == 0 ? 0 : (int) Math.max(1, Math.round(10.0 * count / Math.max(1, busiest)));
            months.add(new MonthCount(year, m, monthName(m), count, tenths));
        }
        return months;
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static List<Long> first(List<Long> ids, int n) {
        return ids.subList(0, Math.min(n, ids.size()));
    }

    private static List<StatementSummary> rows(List<Long> ids, Map<Long, StatementSummary> read) {
        return ids.stream().map(read::get).filter(s -> s != null).toList();
    }
}
