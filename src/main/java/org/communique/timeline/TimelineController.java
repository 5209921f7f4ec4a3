package org.communique.timeline;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.communique.statement.StatementFilter;
import org.communique.statement.StatementListPage;
import org.communique.statement.StatementQueries;
import org.communique.statement.CalendarCount;
import org.communique.web.Around;
import org.communique.web.Crumb;
import org.communique.web.Links;
import org.communique.web.NotFoundException;
import org.communique.web.PartyNames;
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
        StatementFilter everyYear = StatementFilter.of(null, null, null, null, official, party, null, null, null, null);
        List<CalendarCount> calendar = queries.calendar(everyYear);
        Timeline timeline = Timeline.ofCounts(calendar.stream().filter(c -> c.year() != null && c.year() == year).toList(),
                (y, m) -> queries.firstDated(group(y, m, official, party), PER_MONTH_OF_YEAR), queries::summaries);
        Timeline.Year found = timeline.years().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("The archive holds no statement of " + year
                        + (filter.parties().isEmpty() && filter.official() == null ? "." : " that matches these filters."),
                        "/timeline", "The timeline"));
        List<Integer> years = calendar.stream().map(CalendarCount::year).filter(y -> y != null).distinct().sorted().toList();
        Links links = new Links("/timeline", everyYear.parameters());
        Integer previous = years.stream().filter(y -> y < year).reduce((a, b) -> b).orElse(null);
        Integer next = years.stream().filter(y -> y > year).findFirst().orElse(null);
        model.addAttribute("year", found);
        model.addAttribute("previousYear", previous);
        model.addAttribute("nextYear", next);
        model.addAttribute("filter", filter);
        model.addAttribute("partiesInText", filter.parties().stream().map(PartyNames::nameInText)
                .collect(java.util.stream.Collectors.joining(" and ")));
        model.addAttribute("links", links);
        model.addAttribute("crumbs", List.of(new Crumb("Timeline", links.to("/timeline"))));
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
        StatementFilter filter = StatementFilter.of(null, yearMonth, null, null, official, party, null, null, "oldest", page)
                .withDating(StatementFilter.Dating.DAY_OR_MONTH);
        StatementFilter everyMonth = StatementFilter.of(null, null, null, null, official, party, null, null, null, null);
        Links links = new Links("/timeline", everyMonth.parameters());
        List<YearMonth> months = queries.calendar(everyMonth).stream()
                .filter(c -> c.year() != null && c.month() != null && c.count() > 0)
                .map(c -> YearMonth.of(c.year(), c.month())).distinct().sorted().toList();
        YearMonth here = YearMonth.of(year, month);
        if (!months.contains(here)) {
            throw new NotFoundException("The archive holds no statement dated in " + monthName(month) + " " + year
                    + (everyMonth.parties().isEmpty() && everyMonth.official() == null ? "." : " that matches these filters."),
                    links.to("/timeline/" + year), "The year " + year);
        }
        YearMonth previous = months.stream().filter(m -> m.isBefore(here)).reduce((a, b) -> b).orElse(null);
        YearMonth next = months.stream().filter(m -> m.isAfter(here)).findFirst().orElse(null);
        model.addAttribute("timelineYear", year);
        model.addAttribute("crumbs", List.of(new Crumb("Timeline", links.to("/timeline")),
                new Crumb(Integer.toString(year), links.to("/timeline/" + year))));
        model.addAttribute("here", monthName(month));
        model.addAttribute("around", new Around(previous == null ? null : label(previous),
                previous == null ? null : links.to(path(previous)), next == null ? null : label(next),
                next == null ? null : links.to(path(next))));
        return listPage.render(filter, monthName(month) + " " + year, path(here), model);
    }

    /** The statements of a year known only to the year: the timeline's "month not known" group, in full. */
    @GetMapping("/timeline/{year}/month-unknown")
    String yearOnly(@PathVariable int year, @RequestParam(required = false) List<String> party,
                    @RequestParam(required = false) String official, @RequestParam(required = false) Integer page,
                    Model model) {
        checkYear(year);
        StatementFilter filter = StatementFilter.of(null, Integer.toString(year), null, null, official, party, null, null,
                "oldest", page).withDating(StatementFilter.Dating.YEAR_ONLY);
        Links links = new Links("/timeline", StatementFilter.of(null, null, null, null, official, party, null, null, null,
                null).parameters());
        model.addAttribute("timelineYear", year);
        model.addAttribute("crumbs", List.of(new Crumb("Timeline", links.to("/timeline")),
                new Crumb(Integer.toString(year), links.to("/timeline/" + year))));
        model.addAttribute("here", "Month not known");
        model.addAttribute("lede", "Statements whose sources give only the year " + year + ".");
        return listPage.render(filter, year + ", month not known", "/timeline/" + year + "/month-unknown", model);
    }

    /** The statements whose sources give no date: the timeline's last group, in full. */
    @GetMapping("/timeline/undated")
    String undated(@RequestParam(required = false) List<String> party, @RequestParam(required = false) String official,
                   @RequestParam(required = false) Integer page, Model model) {
        StatementFilter filter = StatementFilter.of(null, null, null, null, official, party, null, null, "oldest", page)
                .withDating(StatementFilter.Dating.UNDATED);
        Links links = new Links("/timeline", filter.parameters());
        model.addAttribute("crumbs", List.of(new Crumb("Timeline", links.to("/timeline"))));
        model.addAttribute("here", "Undated");
        model.addAttribute("lede", "Statements whose sources give no date.");
        return listPage.render(filter, "Undated statements", "/timeline/undated", model);
    }

    /** The statements of one of a year's groups: a month's, or ({@code month} null) those known only to the year. */
    private static StatementFilter group(int year, Integer month, String official, List<String> party) {
        return month == null
                ? StatementFilter.of(null, Integer.toString(year), null, null, official, party, null, null, "oldest", null)
                        .withDating(StatementFilter.Dating.YEAR_ONLY)
                : StatementFilter.of(null, YearMonth.of(year, month).toString(), null, null, official, party, null, null,
                        "oldest", null).withDating(StatementFilter.Dating.DAY_OR_MONTH);
    }

    private static String path(YearMonth month) {
        return "/timeline/" + month.getYear() + "/" + String.format("%02d", month.getMonthValue());
    }

    private static String label(YearMonth month) {
        return monthName(month.getMonthValue()) + " " + month.getYear();
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static void checkYear(int year) {
        if (year < 1000 || year > 2999) {
            throw new NotFoundException("There is no year " + year + " in the archive.");
        }
    }
}
