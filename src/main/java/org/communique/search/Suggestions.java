package org.communique.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.communique.statement.Statement;
import org.communique.statement.StatementFilter;
import org.hibernate.search.mapper.orm.Search;

import jakarta.persistence.EntityManager;

/**
 * What to search instead when a query finds nothing: queries that find something under the same filter, each
 * asked of the engine within the search's time limit.
 */
final class Suggestions {

    /** Past this many words a query that finds nothing is not respelled or loosened word by word. */
    private static final int MAX_PARTS_TO_LOOSEN = 6;
    /** A marked word, without a possessive ending. */
    private static final Pattern MARKED_WORD = Pattern.compile("<mark>(\\p{L}+)(?:['’]s)?</mark>");

    private final EntityManager entityManager;
    private final Duration timeLimit;

    Suggestions(EntityManager entityManager, Duration timeLimit) {
        this.entityManager = entityManager;
        this.timeLimit = timeLimit;
    }

    /**
     * Queries that find something under the same filter: the words spelled as the archive spells them, one
     * word fewer, any word.
     */
    List<String> of(StatementFilter filter, List<Long> officialIds) {
        // each query counted once: the respelling, the candidates and the query itself (0) share words
        Map<String, Long> counted = new HashMap<>(Map.of(filter.q(), 0L));
        Function<String, Long> count = q -> counted.computeIfAbsent(q, c -> count(filter, officialIds, c));
        List<String> candidates = new ArrayList<>();
        if (QueryText.parts(filter.q()).size() > MAX_PARTS_TO_LOOSEN) {
            String any = QueryText.anyWord(filter.q()); // a long query: only the loosest, one query
            return any != null && count.apply(any) > 0 ? List.of(any) : List.of();
        }
        String respelled = respelled(filter, officialIds, count);
        if (respelled != null) {
            candidates.add(respelled);
        }
        candidates.addAll(QueryText.withoutOnePart(filter.q()));
        String any = QueryText.anyWord(filter.q());
        if (any != null) {
            candidates.add(any);
        }
        List<String> found = new ArrayList<>();
        for (String candidate : new LinkedHashSet<>(candidates)) {
            if (count.apply(candidate) > 0) {
                found.add(candidate);
            }
            if (found.size() == 4) {
                break;
            }
        }
        return found;
    }

    /**
     * The query with each word that finds nothing replaced by the word of the statements nearest to it (one or
     * two letters off, as {@link QueryText#forgivingTypos} allows), the form most often found; {@code null}
     * when no word changes. The nearest words are read off the passages that the forgiving query marks, so
     * they come as the statements write them, on either backend.
     */
    private String respelled(StatementFilter filter, List<Long> officialIds, Function<String, Long> count) {
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String part : QueryText.parts(filter.q())) {
            String forgiving = QueryText.forgivingTypos(part);
            String nearest = forgiving == null || count.apply(part) > 0 ? null
                    : mostMarkedWord(filter, officialIds, forgiving);
            if (nearest != null && !nearest.equalsIgnoreCase(part)) {
                out.add(nearest);
                changed = true;
            } else {
                out.add(part);
            }
        }
        return changed ? String.join(" ", out) : null;
    }

    private String mostMarkedWord(StatementFilter filter, List<Long> officialIds, String forgiving) {
        String query = QueryText.toEngine(forgiving);
        List<List<?>> hits = Search.session(entityManager).search(Statement.class)
                .select(f -> f.composite(f.highlight(SearchFields.TITLE), f.highlight(SearchFields.BODY)))
                .where(f -> StatementSearch.conditions(f, filter, query, officialIds))
                .highlighter(f -> f.plain().tag("<mark>", "</mark>").fragmentSize(60).numberOfFragments(5))
                .truncateAfter(timeLimit.toNanos(), TimeUnit.NANOSECONDS)
                .fetchHits(20);
        Map<String, Long> marked = hits.stream().flatMap(List::stream).flatMap(passages -> ((List<?>) passages).stream())
                .flatMap(passage -> MARKED_WORD.matcher(passage.toString()).results().map(word -> word.group(1)))
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return marked.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private long count(StatementFilter filter, List<Long> officialIds, String q) {
        String query = QueryText.toEngine(q);
        return Search.session(entityManager).search(Statement.class)
                .where(f -> StatementSearch.conditions(f, filter, query, officialIds))
                .truncateAfter(timeLimit.toNanos(), TimeUnit.NANOSECONDS).fetch(0).total().hitCountLowerBound();
    }
}
