package org.communique.statement;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.communique.official.Official;
import org.communique.official.Officials;
import org.communique.web.Links;
import org.communique.web.NotFoundException;
import org.communique.web.Pager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The one renderer of lists of statements: every page that shows statements as a filter's results (all of
 * them, a party's, a month's) fills the same model for the same template.
 */
@Component
public class StatementListPage {

    /** Up to how many matches of a search the chart counts by month from the database. */
    static final int CHARTED_EXACTLY = 2_000;

    private final StatementQueries queries;
    private final ArchiveVocabulary vocabulary;
    private final Officials officials;
    private final Optional<FullTextSearch> search;

    StatementListPage(StatementQueries queries, ArchiveVocabulary vocabulary, Officials officials,
                      Optional<FullTextSearch> search) {
        this.queries = queries;
        this.vocabulary = vocabulary;
        this.officials = officials;
        this.search = search;
    }

    /** Parameters that a page's path already fixes ("/parties/US-IQ" fixes the parties) stay out of its links. */
    private static Map<String, String> withoutFixed(Map<String, String> parameters, String basePath) {
        Map<String, String> kept = new LinkedHashMap<>(parameters);
        if (basePath.startsWith("/parties/")) {
            kept.remove("party");
        }
        if (basePath.startsWith("/timeline/")) {
            kept.remove("from");
            kept.remove("to");
            kept.remove("sort");
        }
        return kept;
    }

    /**
     * Matches per year or month for a search or a filtered list (not for the whole archive, which the timeline
     * shows): counted exactly from the database for up to {@link #CHARTED_EXACTLY} matches of a search or for
     * any filter without words, else from the search engine's year facet. A search whose matches span more than
     * two years is drawn by year, and its year facet holds exactly those counts (the rest of its matches are the
     * undated): it is drawn from the facet without asking the engine and the database again.
     */
    private MatchChart chart(StatementFilter filter, long total, Map<String, List<FullTextSearch.FacetValue>> facets) {
        if (filter.isEmpty() || filter.page() > 0 || total == 0 || filter.dating() != StatementFilter.Dating.ANY) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>(filter.parameters());
        java.util.function.Function<String, String> narrowed = span -> {
            Map<String, String> p = new LinkedHashMap<>(parameters);
            p.put("from", span);
            p.put("to", span);
            return new Links("/statements", p).current();
        };
        if (filter.q() == null || search.isEmpty()) {
            return MatchChart.of(queries.calendar(filter), narrowed);
        }
        List<CalendarCount> years = yearsOf(facets);
        if (total <= CHARTED_EXACTLY) {
            if (years.size() < FullTextSearch.MOST_YEARS && MatchChart.drawnByYear(years)) {
                long dated = years.stream().mapToLong(CalendarCount::count).sum();
                if (total > dated) {
                    years.add(new CalendarCount(null, null, total - dated));
                }
                return MatchChart.of(years, narrowed);
            }
            return MatchChart.of(queries.calendarOf(search.get().ids(filter, CHARTED_EXACTLY)), narrowed);
        }
        return MatchChart.of(years, narrowed);
    }

    /** The search's year facet as counts per year (empty without facets). */
    private static List<CalendarCount> yearsOf(Map<String, List<FullTextSearch.FacetValue>> facets) {
        List<CalendarCount> years = new java.util.ArrayList<>();
        for (FullTextSearch.FacetValue year : facets.getOrDefault("year", List.of())) {
            try {
                years.add(new CalendarCount(Integer.parseInt(year.value()), null, year.count()));
            } catch (NumberFormatException e) {
                // a facet value that is not a year draws nothing
            }
        }
        return years;
    }

    /** Fills the model for {@code statements/list} and returns that view's name. */
    public String render(StatementFilter filter, String heading, String basePath, Model model) {
        Page<StatementSummary> results;
        FullTextSearch.SearchPage found = null;
        if (filter.q() != null && search.isPresent() && filter.dating() == StatementFilter.Dating.ANY) {
            found = search.get().search(filter);
            results = new PageImpl<>(queries.summaries(found.ids()),
                    PageRequest.of(filter.page(), StatementFilter.PAGE_SIZE), found.total());
            boolean anyFacet = found.facets().values().stream().anyMatch(values -> !values.isEmpty());
            model.addAttribute("facets", anyFacet ? found.facets() : null);
            model.addAttribute("highlights", found.highlights());
            model.addAttribute("suggestions", found.suggestions());
            model.addAttribute("cutShort", found.cutShort());
        } else {
            results = queries.list(filter);
        }
        Links links = new Links(basePath, withoutFixed(filter.parameters(), basePath));
        if (filter.page() > 0 && results.getContent().isEmpty()) {
            int lastPage = Math.max(0, results.getTotalPages() - 1);
            throw new NotFoundException(results.getTotalElements() == 0
                    ? "There is no page " + (filter.page() + 1L) + " of this list: no statement matches it."
                    : "There is no page " + (filter.page() + 1L) + " of this list: its "
                    + results.getTotalElements() + (results.getTotalElements() == 1 ? " statement fills " : " statements fill ")
                    + (lastPage + 1) + (lastPage == 0 ? " page." : " pages."),
                    links.page(lastPage), lastPage == 0 ? "The list" : "The last page, page " + (lastPage + 1));
        }
        model.addAttribute("chart", chart(filter, results.getTotalElements(), found == null ? Map.of() : found.facets()));
        model.addAttribute("heading", heading);
        model.addAttribute("links", links);
        model.addAttribute("pager", Pager.of(results.getNumber(), StatementFilter.PAGE_SIZE, results.getTotalElements(), links));
        model.addAttribute("exports", new Links("/export/statements.csv", filter.parameters()));
        model.addAttribute("filter", filter);
        model.addAttribute("results", results);
        model.addAttribute("matchedOfficials", filter.official() == null ? List.of()
                : officials.findByAnyName(filter.official()).stream().map(Official::getName).toList());
        model.addAttribute("types", Arrays.asList(StatementType.values()));
        model.addAttribute("partyOptions", vocabulary.partyCodes().stream().map(StatementSummary.Party::of).toList());
        model.addAttribute("publishers", vocabulary.publishers());
        return "statements/list";
    }
}
