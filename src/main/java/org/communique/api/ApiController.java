package org.communique.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.communique.web.PublicUrl;
import org.communique.official.Official;
import org.communique.official.OfficialRecord;
import org.communique.official.Officials;
import org.communique.statement.CalendarCount;
import org.communique.statement.FullTextSearch;
import org.communique.statement.StatementFilter;
import org.communique.statement.StatementQueries;
import org.communique.statement.StatementSummary;
import org.communique.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The JSON API: the statements with the statements page's filters (searched, with facets and marked
 * passages), one statement whole, the officials, and the timeline's counts per month. Read-only.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Archive", description = "Read the archive's statements, officials and timeline")
class ApiController {

    private final FullTextSearch search;
    private final StatementQueries queries;
    private final StatementDocuments documents;
    private final Officials officials;
    private final OfficialRecord record;

    ApiController(FullTextSearch search, StatementQueries queries, StatementDocuments documents, Officials officials,
                  OfficialRecord record) {
        this.search = search;
        this.queries = queries;
        this.documents = documents;
        this.officials = officials;
        this.record = record;
    }

    /** A page of statements: {@code items}, {@code page}, {@code size}, {@code total} and {@code facets}. */
    record StatementPage(List<Item> items, int page, int size, long total, Map<String, List<Facet>> facets) {
    }

    /** A statement in a list; {@code highlights} are passages that match the query, words marked with {@code <mark>}. */
    record Item(long id, String url, String title, String date, String dateEnd, String type, List<String> parties,
                List<Official> officials, String publisher, List<String> highlights) {

        record Official(String name, String slug, String role, String country) {
        }
    }

    /** A value of a facet and how many matching statements have it; {@code link} narrows the list to it. */
    record Facet(String value, String label, long count, String link) {
    }

    @GetMapping("/statements")
    @Operation(summary = "Statements, filtered and searched like the statements page",
            description = "q: words (all must match), \"phrases\", -exclusion, OR. from/to: YYYY, YYYY-MM or YYYY-MM-DD;"
                    + " a statement known only to the month or year matches when its span overlaps. party: codes such"
                    + " as US or US-IQ. type: joint-statement, readout, press-statement, remarks, news-report, other."
                    + " sort: relevance (default with q), newest (default without), oldest. page: from 0."
                    + " size: statements a page, 1 to 100 (20 by default).")
    StatementPage statements(@RequestParam(required = false) String q,
                             @RequestParam(required = false) @Parameter(description = "from = to = this date") String date,
                             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) @Parameter(description = "any spelling of a name") String official,
                             @RequestParam(required = false) List<String> party, @RequestParam(required = false) String type,
                             @RequestParam(required = false) String publisher, @RequestParam(required = false) String sort,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) @Parameter(description = "statements a page, 1 to 100") Integer size) {
        StatementFilter filter = StatementFilter.of(q, date, from, to, official, party, type, publisher, sort, page)
                .withSize(size);
        FullTextSearch.SearchPage found = search.search(filter);
        String base = base();
        List<Item> items = queries.summaries(found.ids()).stream().map(s -> item(s, base,
                found.highlights().getOrDefault(s.id(), List.of()))).toList();
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        found.facets().forEach((name, values) -> facets.put(name, values.stream()
                .map(v -> new Facet(v.value(), v.label(), v.count(), "/api" + v.link())).toList()));
        return new StatementPage(items, filter.page(), filter.size(), found.total(), facets);
    }

    @GetMapping("/statements/{id}")
    @Operation(summary = "One statement, whole: every field of the extract command's JSON, with id, url and source")
    StatementDocument statement(@PathVariable long id) {
        return documents.one(id, base())
                .orElseThrow(() -> new NotFoundException("There is no statement " + id + " in the archive."));
    }

    /** An official in the index of officials. */
    record OfficialRow(String name, String slug, String country, String url, long statements) {
    }

    @GetMapping("/officials")
    @Operation(summary = "Every official named in a statement, with how many statements name them")
    @Transactional(readOnly = true)
    List<OfficialRow> officials() {
        Map<Long, Long> counts = record.statementCounts();
        String base = base();
        return officials.findAll().stream()
                .filter(o -> !o.isMerged() && counts.getOrDefault(o.getId(), 0L) > 0)
                .sorted(Comparator.comparing(Official::getName))
                .map(o -> new OfficialRow(o.getName(), o.getSlug(), o.getCountry(), base + "/officials/" + o.getSlug(),
                        counts.get(o.getId())))
                .toList();
    }

    /** An official whole: spellings, the offices the registry knows, the offices the statements give. */
    record OfficialDocument(String name, String slug, String country, String url, List<String> aliases,
                            List<Office> offices, List<OfficialRecord.Role> roles, long statements, String statementsUrl) {

        record Office(String title, String from, String to) {
        }
    }

    @GetMapping("/officials/{slug}")
    @Operation(summary = "One official: spellings of their name, offices, and where to list their statements")
    @Transactional(readOnly = true)
    ResponseEntity<OfficialDocument> official(@PathVariable String slug) {
        Official official = officials.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no official '" + slug + "' in the archive."));
        if (official.isMerged()) {
            Official survivor = officials.findById(official.getMergedInto()).orElseThrow();
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(PublicUrl.root()
                            .path("/api/officials/{slug}").buildAndExpand(survivor.getSlug()).toUri()).build();
        }
        String base = base();
        List<String> aliases = new ArrayList<>();
        official.getAliases().forEach(a -> aliases.add(a.getAlias()));
        return ResponseEntity.ok(new OfficialDocument(official.getName(), official.getSlug(), official.getCountry(),
                base + "/officials/" + official.getSlug(), aliases, official.getOffices().stream()
                        .map(o -> new OfficialDocument.Office(o.getTitle(), o.getHeldFrom(), o.getHeldTo())).toList(),
                record.rolesOf(official.getId()), record.statementCount(official.getId()),
                PublicUrl.root().path("/api/statements")
                        .queryParam("official", official.getName()).encode().toUriString()));
    }

    /** How many statements fall in each month; {@code month} is null for statements known only to the year. */
    record Timeline(long total, List<CalendarCount> months) {
    }

    @GetMapping("/timeline")
    @Operation(summary = "Counts of statements per month (and per year for those dated only to the year)",
            description = "Takes the same filters as /api/statements.")
    Timeline timeline(@RequestParam(required = false) String q, @RequestParam(required = false) String from,
                      @RequestParam(required = false) String to, @RequestParam(required = false) String official,
                      @RequestParam(required = false) List<String> party, @RequestParam(required = false) String type,
                      @RequestParam(required = false) String publisher) {
        StatementFilter filter = StatementFilter.of(q, null, from, to, official, party, type, publisher, null, null);
        List<CalendarCount> months = queries.calendar(filter);
        return new Timeline(months.stream().mapToLong(CalendarCount::count).sum(), months);
    }

    private static Item item(StatementSummary s, String base, List<String> highlights) {
        return new Item(s.id(), base + s.url(), s.title(), s.date() == null ? null : s.date().toString(),
                s.dateEnd() == null ? null : s.dateEnd().toString(), s.type().code(),
                s.parties().stream().map(StatementSummary.Party::code).toList(),
                s.officials().stream().map(o -> new Item.Official(o.name(), o.slug(), o.role(), o.country())).toList(),
                s.publisher(), highlights);
    }

    private static String base() {
        return PublicUrl.base();
    }
}
