package org.communique.timeline;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.communique.statement.StatementFilter;
import org.communique.statement.StatementListPage;
import org.communique.statement.StatementQueries;
import org.communique.statement.StatementQueries.CalendarCount;
import org.communique.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chronological view: statements grouped by year and month, a density bar for each month to jump
 * around, filterable by party and official; a year's months; a month's statements.
 */
@Controller
class TimelineController {

    private final StatementQueries queries;
    private final StatementListPage listPage;

    TimelineController(StatementQueries queries, StatementListPage listPage) {
        this.queries = queries;
        this.listPage = listPage;
    }

    @GetMapping("/timeline")
    String timeline(@RequestParam(required = false) List<String> party, @RequestParam(required = false) String official,
                    Model model) {
        StatementFilter filter = StatementFilter.of(null, null, null, null, official, party, null, null, null, null);
        model.addAttribute("timeline", Timeline.of(queries.calendar(filter)));
        model.addAttribute("filter", filter);
        return "timeline/index";
    }

    @GetMapping("/timeline/{year}")
    String year(@PathVariable int year, @RequestParam(required = false) List<String> party,
                @RequestParam(required = false) String official, Model model) {
        checkYear(year);
        StatementFilter filter = StatementFilter.of(null, Integer.toString(year), null, null, official, party, null,
                null, "oldest", null);
        Timeline timeline = Timeline.of(queries.calendar(filter));
        Timeline.Year found = timeline.years().stream().filter(y -> y.year() == year).findFirst()
                .orElse(new Timeline.Year(year, 0, Timeline.months(year, Map.of(), 1), 0));
        model.addAttribute("year", found);
        model.addAttribute("filter", filter);
        return "timeline/year";
    }

    @GetMapping("/timeline/{year}/{month}")
    String month(@PathVariable int year, @PathVariable int month, @RequestParam(required = false) List<String> party,
                 @RequestParam(required = false) String official, @RequestParam(required = false) Integer page,
                 Model model) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new NotFoundException("There is no month " + month + ".");
        }
        String yearMonth = YearMonth.of(year, month).toString();
        StatementFilter filter = StatementFilter.of(null, yearMonth, null, null, official, party, null, null, "oldest", page);
        String heading = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
        model.addAttribute("timelineYear", year);
        return listPage.render(filter, heading, "/timeline/" + year + "/" + String.format("%02d", month), model);
    }

    private static void checkYear(int year) {
        if (year < 1900 || year > 2200) {
            throw new NotFoundException("There is no year " + year + " in the archive.");
        }
    }

    /** The years of the archive, newest first, each with its months and how dense each month is. */
    record Timeline(List<Year> years, long undated) {

        record Year(int year, long total, List<MonthCount> months, long yearOnly) {
        }

        /** A month, its statements' count, and its bar's length in tenths of the busiest month's. */
        record MonthCount(int year, int month, String name, long count, int tenths) {
            public String path() {
                return "/timeline/" + year + "/" + String.format("%02d", month);
            }
        }

        static Timeline of(List<CalendarCount> counts) {
            Map<Integer, Map<Integer, Long>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
            Map<Integer, Long> yearOnly = new TreeMap<>();
            long undated = 0;
            long busiest = 1;
            for (CalendarCount count : counts) {
                if (count.year() == null) {
                    undated += count.count();
                } else if (count.month() == null) {
                    yearOnly.merge(count.year(), count.count(), Long::sum);
                    byYear.computeIfAbsent(count.year(), y -> new TreeMap<>());
                } else {
                    byYear.computeIfAbsent(count.year(), y -> new TreeMap<>()).merge(count.month(), count.count(), Long::sum);
                    busiest = Math.max(busiest, byYear.get(count.year()).get(count.month()));
                }
            }
            List<Year> years = new ArrayList<>();
            for (Map.Entry<Integer, Map<Integer, Long>> entry : byYear.entrySet()) {
                long total = entry.getValue().values().stream().mapToLong(Long::longValue).sum()
                        + yearOnly.getOrDefault(entry.getKey(), 0L);
                years.add(new Year(entry.getKey(), total, months(entry.getKey(), entry.getValue(), busiest),
                        yearOnly.getOrDefault(entry.getKey(), 0L)));
            }
            return new Timeline(years, undated);
        }

        static List<MonthCount> months(int year, Map<Integer, Long> counts, long busiest) {
            List<MonthCount> months = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                long count = counts.getOrDefault(m, 0L);
                int tenths = count == 0 ? 0 : (int) Math.max(1, Math.round(10.0 * count / busiest));
                months.add(new MonthCount(year, m, Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH), count, tenths));
            }
            return months;
        }
    }
}
