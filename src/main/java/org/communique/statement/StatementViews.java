package org.communique.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One statement, read fully for its page and its citations: its text with the quotations marked, its provenance
 * and the importer's reading of the source, the statements before and after it in time, and those naming the
 * same officials.
 */
@Component
@Transactional(readOnly = true)
public class StatementViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int RELATED = 5;

    private final Statements statements;
    private final StatementQueries queries;

    StatementViews(Statements statements, StatementQueries queries) {
        this.statements = statements;
        this.queries = queries;
    }

    /** One statement, fully, or nothing. */
    public Optional<StatementView> view(long id) {
        Optional<Statement> found = statements.findById(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Statement statement = found.get();
        StatementSummary summary = queries.summaryOf(statement);
        List<Quotation> quotations = statements.quotationsOf(id);
        List<StatementView.QuoteLine> quotes = quotations.stream().map(q -> new StatementView.QuoteLine(
                q.getSpeaker(), q.getOfficial() == null ? null : q.getOfficial().getSlug(), q.getText())).toList();
        Object[] source = statements.provenanceOf(id).get(0);
        StatementView.Provenance provenance = new StatementView.Provenance((String) source[0], (String) source[1],
                (Long) source[2], (String) source[3], (String) source[4], (Instant) source[5], (String) source[6],
                statement.getStatus() == StatementStatus.SOURCE_MISSING, statement.getUpdatedAt());
        long previousId = previousId(statement);
        long nextId = nextId(statement);
        List<StatementSummary> around = queries.summaries(neighbours(previousId, nextId));
        StatementSummary previous = around.stream().filter(s -> s.id() == previousId).findFirst().orElse(null);
        StatementSummary next = around.stream().filter(s -> s.id() == nextId).findFirst().orElse(null);
        List<StatementSummary> related = queries.summaries(related(statement));
        return Optional.of(new StatementView(summary, statement.getDateBasis(),
                markQuotations(statement.getParagraphs(), quotations), quotes, statement.getSourceUrl(),
                statement.getWarnings(), provenance, sourceLines(statement.getSegmentation()), previous, next, related));
    }

    /**
     * Statements that name the same officials, those sharing the most first, then the nearest in time: for
     * each official, a few of their statements on either side of this one's date, read from an index.
     */
    private List<Long> related(Statement statement) {
        long id = statement.getId();
        LocalDate day = statement.getDate() == null ? null : statement.getDate().lowerBound();
        Pageable few = PageRequest.of(0, RELATED);
        Map<Long, Integer> shared = new LinkedHashMap<>();
        Map<Long, Long> distance = new LinkedHashMap<>();
        for (Long official : statements.officialIdsOf(id)) {
            List<Object[]> near = new ArrayList<>();
            if (day == null) {
                near.addAll(statements.latestNaming(official, id, few));
            } else {
                near.addAll(statements.namingOnOrBefore(official, day, id, few));
                near.addAll(statements.namingOnOrAfter(official, day, id, few));
            }
            for (Object[] row : near) {
                Long other = (Long) row[0];
                LocalDate when = (LocalDate) row[1];
                shared.merge(other, 1, Integer::sum);
                distance.put(other, day == null || when == null ? Long.MAX_VALUE
                        : Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day, when)));
            }
        }
        return shared.keySet().stream()
                .sorted(java.util.Comparator.<Long>comparingInt(shared::get).reversed()
                        .thenComparingLong(distance::get).thenComparing(java.util.Comparator.<Long>reverseOrder()))
                .limit(RELATED).toList();
    }

    private static List<Long> neighbours(long previous, long next) {
        List<Long> ids = new ArrayList<>();
        if (previous > 0) {
            ids.add(previous);
        }
        if (next > 0) {
            ids.add(next);
        }
        return ids;
    }

    private long previousId(Statement statement) {
        Pageable one = PageRequest.of(0, 1);
        List<Long> ids = statement.getDate() == null
                ? firstOf(statements.undatedBefore(statement.getId(), one), () -> statements.latestDated(one))
                : statements.datedBefore(statement.getDate().lowerBound(), statement.getId(), one);
        return ids.isEmpty() ? 0 : ids.get(0);
    }

    private long nextId(Statement statement) {
        Pageable one = PageRequest.of(0, 1);
        List<Long> ids = statement.getDate() == null
                ? statements.undatedAfter(statement.getId(), one)
                : firstOf(statements.datedAfter(statement.getDate().lowerBound(), statement.getId(), one),
                        () -> statements.firstUndated(one));
        return ids.isEmpty() ? 0 : ids.get(0);
    }

    private static List<Long> firstOf(List<Long> ids, java.util.function.Supplier<List<Long>> otherwise) {
        return ids.isEmpty() ? otherwise.get() : ids;
    }

    /** Splits each paragraph around the quotations it holds, so that the page can mark them. */
    static List<List<StatementView.Segment>> markQuotations(List<String> paragraphs, List<Quotation> quotations) {
        List<List<StatementView.Segment>> marked = new ArrayList<>();
        for (String paragraph : paragraphs) {
            List<StatementView.Segment> segments = new ArrayList<>();
            int at = 0;
            while (at < paragraph.length()) {
                int bestStart = -1;
                Quotation best = null;
                for (Quotation quotation : quotations) {
                    int found = paragraph.indexOf(quotation.getText(), at);
                    if (found >= 0 && (bestStart < 0 || found < bestStart)) {
                        bestStart = found;
                        best = quotation;
                    }
                }
                if (best == null) {
                    segments.add(new StatementView.Segment(paragraph.substring(at), null));
                    break;
                }
                if (bestStart > at) {
                    segments.add(new StatementView.Segment(paragraph.substring(at, bestStart), null));
                }
                segments.add(new StatementView.Segment(best.getText(), best.getSpeaker()));
                at = bestStart + best.getText().length();
            }
            marked.add(segments);
        }
        return marked;
    }

    private static List<StatementView.SourceLine> sourceLines(String segmentation) {
        List<StatementView.SourceLine> lines = new ArrayList<>();
        if (segmentation == null || segmentation.isBlank()) {
            return lines;
        }
        JsonNode blocks = JSON.readTree(segmentation);
        for (JsonNode block : blocks) {
            lines.add(new StatementView.SourceLine(block.path("text").asString(""), block.path("role").asString("CHROME"),
                    block.path("reason").isNull() ? null : block.path("reason").asString(null)));
        }
        return lines;
    }
}
