package org.communique.statement;

import java.util.List;
import java.util.Map;

/**
 * The search engine's side of the statements list: given a filter with words, the matching statements in
 * order, their number, counts that tell where to narrow (facets), the passages that match (highlights) and,
 * when nothing matches, what to loosen. The search feature provides it; without it the list matches words
 * plainly.
 */
public interface FullTextSearch {

    /** The most years the "year" facet lists: a facet of this many may have left some out. */
    int MOST_YEARS = 100;

    SearchPage search(StatementFilter filter);

    /** Every statement the filter matches (up to {@code limit}), in the filter's order: for exports and charts. */
    List<Long> ids(StatementFilter filter, int limit);

    /**
     * One page of results.
     *
     * @param ids         the statements of this page, best first (or in the filter's date order)
     * @param total       how many statements match in all
     * @param facets      per facet ("party", "official", "type", "publisher", "year"), its values with counts
     * @param highlights  per statement id, passages with the matching words marked by {@code <mark>}
     *                    (already escaped apart from those marks)
     * @param suggestions when nothing matches, ways to loosen the query, as ready-made query strings
     * @param cutShort    the engine stopped at its time limit: at least {@code total} match, the page holds what was
     *                    found in time, and the facets are missing
     */
    record SearchPage(List<Long> ids, long total, Map<String, List<FacetValue>> facets,
                      Map<Long, List<String>> highlights, List<String> suggestions, boolean cutShort) {

        public SearchPage(List<Long> ids, long total, Map<String, List<FacetValue>> facets,
                          Map<Long, List<String>> highlights, List<String> suggestions) {
            this(ids, total, facets, highlights, suggestions, false);
        }
    }

    /** A value of a facet, how readers see it, how many matching statements have it, and the link that narrows to it. */
    record FacetValue(String value, String label, long count, String link) {

        /** The count as a screen reader hears it: "1 statement", "12 statements". */
        public String countLabel() {
            return count == 1 ? "1 statement" : count + " statements";
        }
    }
}
