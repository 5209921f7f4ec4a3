package org.communique.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;

import org.communique.cluster.ArchiveVersion;
import org.communique.official.Official;
import org.communique.official.Officials;
import org.communique.statement.FullTextSearch;
import org.communique.statement.Statement;
import org.communique.statement.StatementFilter;
import org.communique.statement.StatementType;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.communique.web.InvalidParameterException;
import org.communique.web.NotToBeKept;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;

/**
 * Searches the statements' index: the filter's words over title (weighted most), body, quotations, the
 * publisher and every spelling of the officials named, in English analysis (and in Arabic analysis when the words
 * hold Arabic letters or digits); the filter's dates,
 * official, parties, type and publisher as exact conditions; facets over what matches; the passages that
 * match, marked; and, when nothing matches, looser queries that would find something ({@link Suggestions}).
 */
@Component
class StatementSearch implements FullTextSearch {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StatementSearch.class);

    static final int PASSAGES = 3;
    /** How deep results can be paged: the engine ranks every result down to the page asked for. */
    static final int MAX_PAGE = 2_500;
    /**
     * When the facets are counted apart ({@link LuceneFacets}), the page of hits needs the number of matches only this
     * far: past it the engine may skip what cannot make the page, where counting every match meant scoring every match.
     */
    static final int COUNTED_WITH_HITS = 1_000;

    private final EntityManager entityManager;
    private final Officials officials;
    private final Duration timeLimit;
    private final SearchGate gate;
    private final Suggestions suggestions;
    /** A read-only transaction, begun once a search's turn comes (none in tests that build it themselves). */
    private final TransactionTemplate readOnly;
    /** The facets' values as the page shows them: labels and links (officials' names kept per version). */
    private final FacetValues facetValues;
    /** Whether the index is the embedded Lucene one, where {@link LuceneFacets} counts (else the engine's aggregations). */
    private final boolean embedded;
    private final LuceneFacets facetCounts;

    /**
     * @param timeLimit the longest the engine may spend on one query ({@code archive.search.time-limit}, 1 s by
     *                  default): past it the query answers with what it found so far (Hibernate Search's
     *                  {@code truncateAfter}), so that a costly query cannot hold the machine
     */
    StatementSearch(EntityManager entityManager, Officials officials, Duration timeLimit) {
        this(entityManager, officials, timeLimit, 0, Duration.ofSeconds(10), null, null, backendOf(entityManager));
    }

    /** "lucene" when the statements are indexed by the embedded Lucene backend, else the other one's name. */
    private static String backendOf(EntityManager entityManager) {
        try {
            Search.mapping(entityManager.getEntityManagerFactory()).backend().unwrap(LuceneBackend.class);
            return "lucene";
        } catch (SearchException notLucene) {
            return "elasticsearch";
        }
    }

    /**
     * @param atOnce   how many searches the engine runs at the same time ({@code archive.search.at-once}; 0, the
     *                 default, for as many as there are processors): the others wait their turn
     * @param patience how long a search waits for its turn before it runs anyway
     *                 ({@code archive.search.patience}, 10 s by default)
     */
    @org.springframework.beans.factory.annotation.Autowired
    StatementSearch(EntityManager entityManager, Officials officials,
                    @Value("${archive.search.time-limit:1s}") Duration timeLimit,
                    @Value("${archive.search.at-once:0}") int atOnce,
                    @Value("${archive.search.patience:10s}") Duration patience,
                    PlatformTransactionManager transactions, ArchiveVersion archive,
                    @Value("${spring.jpa.properties.hibernate.search.backend.type:lucene}") String backend) {
        this.entityManager = entityManager;
        this.officials = officials;
        this.timeLimit = timeLimit;
        this.suggestions = new Suggestions(entityManager, timeLimit);
        this.gate = new SearchGate(atOnce > 0 ? atOnce : Runtime.getRuntime().availableProcessors(), patience);
        this.readOnly = transactions == null ? null : readOnly(transactions);
        this.facetValues = new FacetValues(officials, archive);
        this.embedded = "lucene".equals(backend);
        this.facetCounts = LuceneFacets.onThreadsOfItsOwn();
    }

    @PreDestroy
    void close() {
        facetCounts.close();
    }

    private static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }

    /** In its turn (see {@link SearchGate}), and only then in a transaction: one waiting holds no connection. */
    private <T> T inTurn(java.util.function.Supplier<T> search) {
        return gate.run(() -> readOnly == null ? search.get() : readOnly.execute(status -> search.get()));
    }

    @Override
    public SearchPage search(StatementFilter filter) {
        return inTurn(() -> searchInTurn(filter));
    }

    private SearchPage searchInTurn(StatementFilter filter) {
        List<Long> officialIds = officialIds(filter);
        if (officialIds != null && officialIds.isEmpty()) {
            return new SearchPage(List.of(), 0, Map.of(), Map.of(), List.of());
        }
        String query = filter.q() == null ? null : QueryText.toEngine(filter.q());
        SearchSession session = Search.session(entityManager);
        if ((long) filter.page() * filter.size() > (long) MAX_PAGE * StatementFilter.PAGE_SIZE) {
            // past the end is an empty page (the pages answer it with a link to the last one); a deep page that
            // holds results is refused: the engine would rank every result down to it
            long total = session.search(Statement.class).where(f -> conditions(f, filter, query, officialIds))
                    .truncateAfter(timeLimit.toNanos(), TimeUnit.NANOSECONDS).fetchTotalHitCount();
            if ((long) filter.page() * filter.size() >= total) {
                return new SearchPage(List.of(), total, Map.of(), Map.of(), List.of());
            }
            throw new InvalidParameterException("page", "a search can be paged through its first "
                    + MAX_PAGE * StatementFilter.PAGE_SIZE + " results only (page " + MAX_PAGE + " of 20); narrow the"
                    + " search or the dates instead of paging this far");
        }
        SearchResult<List<?>> result;
        boolean withFacets = true;
        LuceneFacets.Counted counted = null;
        try {
            LuceneFacets.Pending counting = null;
            if (embedded) {
                var scope = session.scope(Statement.class);
                counting = facetCounts.start(scope, conditions(scope.predicate(), filter, query, officialIds).toPredicate(),
                        wordsAlone(filter), timeLimit);
            }
            try {
                result = fetch(session, filter, query, officialIds, !embedded);
            } finally {
                if (counting != null) {
                    counted = counting.get(); // and the index reader it holds let go, whatever became of the hits
                }
            }
            withFacets = !embedded || counted != null;
        } catch (NullPointerException timedOutWhileCounting) {
            // Hibernate Search (seen at 8.3) may fail to read the facets of a query cut short by truncateAfter (its
            // term counts are missing): the page is answered without facets rather than not at all
            log.warn("Search cut short after {}; answering without facets: {}", timeLimit,
                    timedOutWhileCounting.toString());
            result = fetch(session, filter, query, officialIds, false);
            withFacets = false;
        }
        if (result.timedOut() && result.hits().isEmpty() && result.total().hitCountLowerBound() > 0) {
            // cut short before a single hit was collected (the first search of a cold start, a machine at its
            // limit): the statements themselves, without facets, are worth a second try within the same limit
            result = fetch(session, filter, query, officialIds, false);
            withFacets = false;
        }

        List<Long> ids = new ArrayList<>();
        Map<Long, List<String>> highlights = new LinkedHashMap<>();
        List<Long> withoutBodyPassage = new ArrayList<>();
        for (List<?> hit : result.hits()) {
            Long id = (Long) hit.get(0);
            ids.add(id);
            @SuppressWarnings("unchecked")
            List<String> body = (List<String>) hit.get(1);
            if (body.isEmpty()) {
                withoutBodyPassage.add(id);
            }
            highlights.put(id, clean(body));
        }
        if (query != null && !withoutBodyPassage.isEmpty()) {
            otherPassages(session, filter, query, officialIds, withoutBodyPassage).forEach(highlights::put);
        }
        highlights.values().removeIf(List::isEmpty);
        if (result.timedOut() || !withFacets) {
            NotToBeKept.thisPage(); // what was found in time, for this reader; the next one searches again
        }
        long total = counted != null ? counted.total()
                : result.timedOut() || embedded ? result.total().hitCountLowerBound() : result.total().hitCount();
        List<String> looser = total == 0 && filter.q() != null ? suggestions.of(filter, officialIds) : List.of();
        FacetCounts facets = !withFacets || result.timedOut() ? null : counted != null ? counted.facets() : FacetCounts.of(result);
        return new SearchPage(ids, total, facets == null ? Map.of() : facetValues.of(facets, filter), highlights, looser,
                result.timedOut() || !withFacets);
    }

    /** Whether the filter asks for words and for nothing else (no dates, official, parties, type or publisher). */
    private static boolean wordsAlone(StatementFilter filter) {
        return filter.q() != null && filter.from() == null && filter.to() == null && filter.official() == null
                && filter.parties().isEmpty() && filter.type() == null && filter.publisher() == null;
    }

    /** The page of hits asked for, with the facets when asked for. */
    private SearchResult<List<?>> fetch(SearchSession session, StatementFilter filter, String query,
                                        List<Long> officialIds, boolean withFacets) {
        var search = session.search(Statement.class)
                .select(f -> f.composite(f.id(Long.class), f.highlight(SearchFields.BODY)))
                .where(f -> conditions(f, filter, query, officialIds))
                .sort(f -> order(f, filter, query));
        if (withFacets) {
            search = search
                    .aggregation(FacetCounts.PARTY, f -> f.terms().field(SearchFields.PARTY, String.class, ValueModel.INDEX)
                            .maxTermCount(FacetCounts.PARTIES))
                    .aggregation(FacetCounts.OFFICIAL, f -> f.terms().field(SearchFields.OFFICIAL_ID, Long.class)
                            .maxTermCount(FacetCounts.OFFICIALS))
                    .aggregation(FacetCounts.TYPE, f -> f.terms().field(SearchFields.TYPE, StatementType.class))
                    .aggregation(FacetCounts.PUBLISHER, f -> f.terms().field(SearchFields.PUBLISHER, String.class)
                            .maxTermCount(FacetCounts.PUBLISHERS))
                    .aggregation(FacetCounts.YEAR, f -> f.terms().field(SearchFields.YEAR, Integer.class, ValueModel.INDEX)
                            .orderByTermDescending().maxTermCount(MOST_YEARS));
        } else if (embedded) {
            search = search.totalHitCountThreshold(COUNTED_WITH_HITS);
        }
        return search
                .highlighter(StatementSearch::passages)
                .truncateAfter(timeLimit.toNanos(), TimeUnit.NANOSECONDS)
                .fetch(filter.page() * filter.size(), filter.size());
    }

    @Override
    public List<Long> ids(StatementFilter filter, int limit) {
        return inTurn(() -> idsInTurn(filter, limit));
    }

    private List<Long> idsInTurn(StatementFilter filter, int limit) {
        List<Long> officialIds = officialIds(filter);
        if (officialIds != null && officialIds.isEmpty()) {
            return List.of();
        }
        String query = filter.q() == null ? null : QueryText.toEngine(filter.q());
        return Search.session(entityManager).search(Statement.class)
                .select(f -> f.id(Long.class))
                .where(f -> conditions(f, filter, query, officialIds))
                .sort(f -> order(f, filter, query))
                .fetchHits(limit);
    }

    /** The filter's order; by relevance only when there are words to be relevant to. */
    private static SortFinalStep order(SearchSortFactory f, StatementFilter filter, String query) {
        return switch (query == null && filter.order() == StatementFilter.Order.RELEVANCE
                ? StatementFilter.Order.NEWEST : filter.order()) {
            case RELEVANCE -> f.score().then().field(SearchFields.DATE_START).desc().missing().last()
                    .then().field(SearchFields.ID).desc();
            case NEWEST -> f.field(SearchFields.DATE_START).desc().missing().last().then().field(SearchFields.ID).desc();
            case OLDEST -> f.field(SearchFields.DATE_START).asc().missing().last().then().field(SearchFields.ID).asc();
        };
    }

    /**
     * Up to {@link #PASSAGES} passages of about 200 characters around the matching words, marked, escaped apart from
     * the marks: by the fast vector highlighter, which reads the term vectors the index stores for these fields.
     */
    private static HighlighterFinalStep passages(SearchHighlighterFactory f) {
        return f.fastVector().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML).fragmentSize(200)
                .numberOfFragments(PASSAGES);
    }

    /** The officials the filter names ({@code null} when it names none; empty when no one has that name). */
    private List<Long> officialIds(StatementFilter filter) {
        return filter.official() == null ? null
                : officials.findByAnyName(filter.official()).stream().map(Official::getId).toList();
    }

    /**
     * What only the Arabic analysis can match: letters of Arabic script, and digits (it reads Arabic-Indic digits as
     * ASCII ones). A query without them searches the English analysis alone: the Arabic analysis of a Latin word is
     * the word lower-cased, which the English analysis matches wherever the Arabic one does; searching both checked
     * and scored every match twice (a phrase that 201,619 of 1,000,000 statements hold spent about 90 ms on its page
     * of hits, the benchmarks' notebook).
     */
    private static final Pattern READ_IN_ARABIC = Pattern.compile("[\\p{IsArabic}\\p{Nd}]");

    static PredicateFinalStep conditions(SearchPredicateFactory f, StatementFilter filter, String query,
                                              List<Long> officialIds) {
        List<SearchPredicate> all = new ArrayList<>();
        if (query == null) {
            all.add(f.matchAll().toPredicate());
        } else {
            var fields = f.simpleQueryString().field(SearchFields.TITLE).boost(3f)
                    .field(SearchFields.OFFICIAL_NAMES).boost(1.5f)
                    .fields(SearchFields.BODY, SearchFields.QUOTE, SearchFields.PUBLISHER_TEXT);
            if (READ_IN_ARABIC.matcher(query).find()) {
                fields = fields.field(SearchFields.TITLE_ARABIC).boost(3f).field(SearchFields.BODY_ARABIC);
            }
            all.add(fields.matching(query).defaultOperator(BooleanOperator.AND).toPredicate());
        }
        if (filter.toDay() != null) {
            all.add(f.range().field(SearchFields.DATE_START).atMost(filter.toDay()).toPredicate());
        }
        if (filter.fromDay() != null) {
            all.add(f.range().field(SearchFields.SPAN_END).atLeast(filter.fromDay()).toPredicate());
        }
        if (officialIds != null) {
            all.add(f.terms().field(SearchFields.OFFICIAL_ID).matchingAny(officialIds).toPredicate());
        }
        for (String party : filter.parties()) {
            all.add(f.match().field(SearchFields.PARTY).matching(party, ValueModel.INDEX).toPredicate());
        }
        if (filter.type() != null) {
            all.add(f.match().field(SearchFields.TYPE).matching(filter.type()).toPredicate());
        }
        if (filter.publisher() != null) {
            all.add(f.match().field(SearchFields.PUBLISHER_KEY).matching(filter.publisher()).toPredicate());
        }
        return f.and(all.get(0), all.subList(1, all.size()).toArray(SearchPredicate[]::new));
    }

    /**
     * The marked passages of the hits whose body (in English analysis) marks nothing: from the body in Arabic
     * analysis, else the title. Asked apart, for these hits only, because marking means analysing a hit's text
     * again: most hits' bodies mark something, and marking every hit's body twice and its title once was a
     * fifth of a search's time. The hits are picked by their number as a point field ({@code idSort}), not by
     * {@code f.id()}: the highlighter takes the query apart again for every hit and field it marks, and the
     * id predicate's set of terms it would look up in the index each time (a quarter of this query's time),
     * where a set of points it leaves alone. The terms of neither mark a title or a body.
     */
    private Map<Long, List<String>> otherPassages(SearchSession session, StatementFilter filter, String query,
                                                  List<Long> officialIds, List<Long> ids) {
        Map<Long, List<String>> passages = new HashMap<>();
        session.search(Statement.class)
                .select(f -> f.composite(f.id(Long.class), f.highlight(SearchFields.TITLE),
                        f.highlight(SearchFields.BODY_ARABIC)))
                .where(f -> f.and(conditions(f, filter, query, officialIds),
                        f.terms().field(SearchFields.ID).matchingAny(ids)))
                .highlighter(StatementSearch::passages)
                .truncateAfter(timeLimit.toNanos(), TimeUnit.NANOSECONDS)
                .fetchHits(ids.size())
                .forEach(hit -> {
                    @SuppressWarnings("unchecked")
                    List<String> title = (List<String>) hit.get(1);
                    @SuppressWarnings("unchecked")
                    List<String> arabic = (List<String>) hit.get(2);
                    passages.put((Long) hit.get(0), clean(!arabic.isEmpty() ? arabic : title));
                });
        return passages;
    }

    /** At most {@link #PASSAGES} passages, in which only the marks survive. */
    private static List<String> clean(List<String> passages) {
        return passages.stream().limit(PASSAGES).map(MarkedPassages::clean).toList();
    }
}
