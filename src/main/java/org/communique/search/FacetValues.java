package org.communique.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.communique.cluster.ArchiveVersion;
import org.communique.cluster.KeptByVersion;
import org.communique.official.Officials;
import org.communique.statement.FullTextSearch.FacetValue;
import org.communique.statement.StatementFilter;
import org.communique.statement.StatementType;
import org.communique.web.Links;
import org.communique.web.PartyNames;

/** A search's facet counts as the page shows them: each value's label and the link that narrows the filter to it. */
final class FacetValues {

    private final Officials officials;
    /** Officials' names as the facet of officials shows them (none kept when built without an archive version). */
    private final KeptByVersion<Long, String> officialNames;

    FacetValues(Officials officials, ArchiveVersion archive) {
        this.officials = officials;
        this.officialNames = new KeptByVersion<>(archive, 10_000);
    }

    /** Each facet's values with their labels and the links that narrow the filter to them. */
    Map<String, List<FacetValue>> of(FacetCounts counts, StatementFilter filter) {
        Map<String, String> params = filter.parameters();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("party", values(counts.parties(), code -> PartyNames.nameOf(code), code -> {
            Set<String> parties = new LinkedHashSet<>(filter.parties());
            parties.add(code);
            return link(params, Map.of("party", String.join("-", parties)));
        }));
        Map<Long, Long> officialCounts = counts.officials();
        Map<Long, String> names = namesOf(officialCounts.keySet());
        facets.put("official", values(officialCounts, id -> names.getOrDefault(id, "#" + id),
                id -> link(params, Map.of("official", names.getOrDefault(id, "")))));
        facets.put("type", values(counts.types(), StatementType::label,
                type -> link(params, Map.of("type", type.code()))));
        facets.put("publisher", values(counts.publishers(), p -> p, p -> link(params, Map.of("publisher", p))));
        facets.put("year", values(counts.years(), String::valueOf,
                year -> link(params, yearRange(year))));
        return facets;
    }

    /** The officials' names, read from the database only for those not kept under the archive's version. */
    private Map<Long, String> namesOf(Set<Long> ids) {
        return officialNames.get(ids, unread -> {
            Map<Long, String> read = new HashMap<>();
            officials.namesOf(unread).forEach(name -> read.put(name.id(), name.name()));
            return read;
        });
    }

    private static <T> List<FacetValue> values(Map<T, Long> counts, Function<T, String> label, Function<T, String> link) {
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((value, count) -> {
            if (count > 0) {
                values.add(new FacetValue(value instanceof StatementType type ? type.code() : String.valueOf(value),
                        label.apply(value), count, link.apply(value)));
            }
        });
        return values;
    }

    /**
     * A year as a range, {@code from} before {@code to}: always in this order, so that a year's link is one address
     * on every node and in every run (a {@code Map.of} iterates in an order of its own for each JVM), and the page
     * cache and shared caches keep one page for it.
     */
    private static Map<String, String> yearRange(int year) {
        Map<String, String> range = new LinkedHashMap<>();
        range.put("from", String.valueOf(year));
        range.put("to", String.valueOf(year));
        return range;
    }

    private static String link(Map<String, String> params, Map<String, String> narrowed) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.remove("page");
        all.putAll(narrowed);
        return new Links("/statements", all).current();
    }
}
