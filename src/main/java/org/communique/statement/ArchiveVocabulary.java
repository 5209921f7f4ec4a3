package org.communique.statement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.communique.cluster.ArchiveVersion;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The figures and choices that whole-archive pages show on every visit (how many statements, which parties
 * and publishers, the first and last date), read once and kept until the {@link ArchiveVersion} changes: at
 * once after a change on this node, within a second after a change on another node of the same database.
 */
@Component
public class ArchiveVocabulary {

    private final Statements statements;
    private final ArchiveVersion version;
    private final Clock clock;
    private volatile Figures figures;

    ArchiveVocabulary(Statements statements, ArchiveVersion version, Clock clock) {
        this.statements = statements;
        this.version = version;
        this.clock = clock;
    }

    /** The archive's figures as they stand (for a transaction that has written, as it stands for that transaction). */
    public Figures figures() {
        if (version.changedInThisTransaction()) {
            return read(version.current(), clock.instant());
        }
        Figures current = figures;
        long changes = version.current();
        if (current == null || current.changes() != changes) {
            current = read(changes, clock.instant());
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

    /** The archive's spellings of a publisher, whatever the case it is asked in (none when no statement has it). */
    public List<String> publishersCalled(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return publishers().stream().filter(publisher -> publisher.toLowerCase(Locale.ROOT).equals(wanted)).toList();
    }

    private Figures read(long changes, Instant now) {
        PageRequest one = PageRequest.of(0, 1);
        return new Figures(changes, now, statements.count(), statements.countNamedOfficials(), statements.partyCodes(),
                statements.publishers(), firstDate(statements.earliestDates(one)), firstDate(statements.latestDates(one)));
    }

    private static PartialDate firstDate(List<Object[]> rows) {
        return rows.isEmpty() ? null : new PartialDate((LocalDate) rows.get(0)[0], (DatePrecision) rows.get(0)[1]);
    }

    /** What the figures were when read, and the archive's version they were read at. */
    public record Figures(long changes, Instant readAt, long statements, long namedOfficials, List<String> partyCodes,
                          List<String> publishers, PartialDate earliest, PartialDate latest) {
    }
}
