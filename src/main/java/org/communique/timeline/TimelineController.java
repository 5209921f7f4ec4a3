package org.communique.timeline;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.communique.statement.StatementFilter;
import org.communique.statement.StatementListPage;
import org.communique.statement.StatementQueries;
import org.communique.statement.StatementQueries.CalendarCount;
import org.communique.web.Links;
import org.communique.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chronological view: the archive oldest first by year and month with a density bar per month,
 * filterable by party and official; a year's months and statements; a month's statements as a list.
 */
@Controller
class TimelineController {

    /** How many statements of each month the whole timeline shows, and a year's page. */
    static final int PER_MONTH = 3;
    static final int PER_MONTH_OF_YEAR = 12;

    /** Up to how many statements the whole timeline shows statements under its months, not just their counts. */
    static final int LISTED_IN_FULL = 300;

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
        List<CalendarCount> counts = queries.calendar(filter);
        long total = counts.stream().mapToLong(CalendarCount::count).sum();
        model.addAttribute("timeline", total <= LISTED_IN_FULL
                ? Timeline.of(queries.chronology(filter), PER_MONTH, queries::summaries)
                : Timeline.ofCounts(counts));
        model.addAttribute("filter", filter);
        model.addAttribute("links", new Links("/timeline", filter.parameters()));
        return "timeline/index";
    }

    @GetMapping("/timeline/{year}")
    String year(@PathVariable int year, @RequestParam(required = false) List<String> party,
                @RequestParam(required = false) String official, Model model) {
        checkYear(year);
        StatementFilter filter = StatementFilter.of(null, Integer.toString(year), null, null, official, party, null,
                null, "oldest", null);
        Timeline timeline = Timeline.of(queries.chronology(filter), PER_MONTH_OF_YEAR, queries::summaries);
        Timeline.Year found = timeline.years().stream().filter(y -> y.year() == year).findFirst()
                .orElse(new Timeline.Year(year, 0, Timeline.months(year, Map.of(), 1), List.of()));
        StatementFilter everyYear = StatementFilter.of(null, null, null, null, official, party, null, null, null, null);
        List<Integer> years = queries.years(everyYear);
        model.addAttribute("year", found);
        model.addAttribute("previousYear", years.stream().filter(y -> y < year).reduce((a, b) -> b).orElse(null));
        model.addAttribute("nextYear", years.stream().filter(y -> y > year).findFirst().orElse(null));
        model.addAttribute("filter", filter);
        model.addAttribute("links", new Links("/timeline", everyYear.parameters()));
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
        if (year < 1000 || year > 2999) {
            throw new NotFoundException("There is no year " + year + " in the archive.");
        }
    }
}
