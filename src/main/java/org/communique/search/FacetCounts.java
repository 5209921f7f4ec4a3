package org.communique.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.communique.statement.FullTextSearch;
import org.communique.statement.StatementType;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;

/**
 * How many of a search's matches hold each value of the five facets, whoever counted them: the engine's terms
 * aggregations ({@link #of(SearchResult)}, on OpenSearch) or {@link LuceneFacets} (on the embedded index). Each map is
 * in the order the facet shows it, and holds no more values than it shows: parties, officials and publishers by count
 * (ties by value), types likewise, years newest first.
 */
record FacetCounts(Map<String, Long> parties, Map<Long, Long> officials, Map<StatementType, Long> types,
                   Map<String, Long> publishers, Map<Integer, Long> years) {

    static final int PARTIES = 30;
    static final int OFFICIALS = 12;
    static final int PUBLISHERS = 12;

    static final AggregationKey<Map<String, Long>> PARTY = AggregationKey.of("party");
    static final AggregationKey<Map<Long, Long>> OFFICIAL = AggregationKey.of("official");
    static final AggregationKey<Map<StatementType, Long>> TYPE = AggregationKey.of("type");
    static final AggregationKey<Map<String, Long>> PUBLISHER = AggregationKey.of("publisher");
    static final AggregationKey<Map<Integer, Long>> YEAR = AggregationKey.of("year");

    /** The counts of the engine's aggregations, asked for under the keys above. */
    static FacetCounts of(SearchResult<?> result) {
        return new FacetCounts(result.aggregation(PARTY), result.aggregation(OFFICIAL), result.aggregation(TYPE),
                result.aggregation(PUBLISHER), result.aggregation(YEAR));
    }

    /**
     * Counts by value, in any order, kept and ordered as the facets show them; types by their names in the index (ties
     * are ordered by name, as the engine orders them; names this version does not know are left out).
     */
    static FacetCounts ofAll(Map<String, Long> parties, Map<Long, Long> officials, Map<String, Long> typeNames,
                             Map<String, Long> publishers, Map<Integer, Long> years) {
        Map<StatementType, Long> types = new LinkedHashMap<>();
        mostFirst(typeNames, Integer.MAX_VALUE).forEach((name, count) -> Arrays.stream(StatementType.values())
                .filter(type -> type.name().equals(name)).findFirst().ifPresent(type -> types.put(type, count)));
        return new FacetCounts(mostFirst(parties, PARTIES), mostFirst(officials, OFFICIALS), types,
                mostFirst(publishers, PUBLISHERS),
                first(years, Comparator.<Map.Entry<Integer, Long>, Integer>comparing(Map.Entry::getKey).reversed(),
                        FullTextSearch.MOST_YEARS));
    }

    private static <T extends Comparable<T>> Map<T, Long> mostFirst(Map<T, Long> counts, int most) {
        return first(counts, Comparator.<Map.Entry<T, Long>, Long>comparing(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey), most);
    }

    private static <T> Map<T, Long> first(Map<T, Long> counts, Comparator<Map.Entry<T, Long>> order, int most) {
        Map<T, Long> kept = new LinkedHashMap<>();
        counts.entrySet().stream().filter(count -> count.getValue() > 0).sorted(order).limit(most)
                .forEach(count -> kept.put(count.getKey(), count.getValue()));
        return kept;
    }

}
