package org.communique.importer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one import that may run at a time, across every instance that shares the database: a row taken
 * with a lease that the running import renews after each file. A lease that runs out (the instance died)
 * may be taken over.
 */
@Component
class ImportLock {

    /** How long a lease lasts without renewal; a run renews it every {@link #HEARTBEAT}. */
    static final Duration LEASE = Duration.ofSeconds(15);
    static final Duration HEARTBEAT = Duration.ofSeconds(4);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String holder = "instance-" + UUID.randomUUID();

    ImportLock(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes the lock, in the caller's transaction, for the run it then names with {@link #hold} (or for other
     * work that must not overlap an import, which names no run); false when another holder has a live lease.
     * Until the transaction commits, the row stays locked for other takers.
     */
    boolean take() {
        Instant now = clock.instant();
        int updated = jdbc.update("UPDATE import_lock SET run_id = NULL, holder = ?, expires_at = ?"
                        + " WHERE id = 1 AND (holder IS NULL OR expires_at < ?)",
                holder, Timestamp.from(now.plus(LEASE)), Timestamp.from(now));
        return updated == 1;
    }

    /** Names the run that holds the lock just taken. */
    void hold(long runId) {
        jdbc.update("UPDATE import_lock SET run_id = ? WHERE id = 1 AND holder = ?", runId, holder);
    }

    /**
     * Marks interrupted every run still shown as running whose lease has run out (its node died or was
     * killed): whichever node notices first. Returns how many it marked.
     */
    int interruptAbandoned() {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.update("UPDATE import_run SET status = 'INTERRUPTED', finished_at = ?, current_file = NULL,"
                + " message = 'The archive stopped before this run finished (the lease of the node running it ran out)'"
                + " WHERE status = 'RUNNING' AND id NOT IN (SELECT run_id FROM import_lock"
                + " WHERE run_id IS NOT NULL AND expires_at >= ?)", now, now);
    }

    void renew() {
        jdbc.update("UPDATE import_lock SET expires_at = ? WHERE id = 1 AND holder = ?",
                Timestamp.from(clock.instant().plus(LEASE)), holder);
    }

    void release() {
        jdbc.update("UPDATE import_lock SET run_id = NULL, holder = NULL, expires_at = NULL WHERE id = 1 AND holder = ?",
                holder);
    }

    /** The run that holds a live lease, if any. */
    Optional<Long> heldBy() {
        List<Long> ids = jdbc.queryForList("SELECT run_id FROM import_lock WHERE id = 1 AND run_id IS NOT NULL"
                + " AND expires_at >= ?", Long.class, Timestamp.from(clock.instant()));
        return ids.stream().findFirst();
    }
}
