package org.communique.statement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The figures and choices that whole-archive pages show on every visit (how many statements, which parties
 * and publishers, the first and last date), read once and kept until a statement or an appearance changes
 * in this process, or at most {@link #MAX_AGE} when another process writes to the same database.
 */
@Component
public class ArchiveVocabulary {

    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private static final AtomicLong CHANGES = new AtomicLong();

    private final Statements statements;
    private final Clock clock;
    private volatile Figures figures;

    ArchiveVocabulary(Statements statements, Clock clock) {
        this.statements = statements;
        this.clock = clock;
    }

    /** The archive's figures as they stand. */
    public Figures figures() {
        Figures current = figures;
        long changes = CHANGES.get();
        Instant now = clock.instant();
        if (current == null || current.changes() != changes || current.readAt().plus(MAX_AGE).isBefore(now)) {
            current = read(changes, now);
            figures = current;
        }
        return current;
    }

    public List<String> partyCodes() {
        return figures().partyCodes();
    }

    public List<String> publishers() {
        return figures().publishers();
    }

    private Figures read(long changes, Instant now) {
        PageRequest one = PageRequest.of(0, 1);
        return new Figures(changes, now, statements.count(), statements.countNamedOfficials(), statements.partyCodes(),
                statements.publishers(), firstDate(statements.earliestDates(one)), firstDate(statements.latestDates(one)));
    }

    private static PartialDate firstDate(List<Object[]> rows) {
        return rows.isEmpty() ? null : new PartialDate((LocalDate) rows.get(0)[0], (DatePrecision) rows.get(0)[1]);
    }

    /** What the figures were when read, and the change count they were read at. */
    public record Figures(long changes, Instant readAt, long statements, long namedOfficials, List<String> partyCodes,
                          List<String> publishers, PartialDate earliest, PartialDate latest) {
    }

    /** Counts every write of a statement or an appearance, so that figures read before it are read again. */
    static class Changes {

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            CHANGES.incrementAndGet();
        }
    }
}
