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

    /** Takes the lock for a run; false when another run holds a live lease. */
    boolean acquire(long runId) {
        Instant now = clock.instant();
        int updated = jdbc.update("UPDATE import_lock SET run_id = ?, holder = ?, expires_at = ?"
                        + " WHERE id = 1 AND (run_id IS NULL OR expires_at < ?)",
                runId, holder, Timestamp.from(now.plus(LEASE)), Timestamp.from(now));
        return updated == 1;
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
