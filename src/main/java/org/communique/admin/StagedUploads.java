package org.communique.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Uploaded files waiting for the admin's preview, import or cancel, kept in the database (they are small: the
 * upload limit bounds them) so that whichever node serves the next request finds them. A batch left alone for
 * {@link #KEPT} is thrown away.
 */
@Component
class StagedUploads {

    static final Duration KEPT = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StagedUploads(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A staged file. */
    record Staged(String name, byte[] content) {
    }

    void stage(String batch, String name, byte[] content, String by) {
        jdbc.update("INSERT INTO staged_upload (batch, name, content, staged_at, staged_by) VALUES (?, ?, ?, ?, ?)",
                batch, name, content, Timestamp.from(clock.instant()), by);
    }

    /** The files of a batch, by name; none when it was imported, cancelled or never staged. */
    List<Staged> batch(String batch) {
        return jdbc.query("SELECT name, content FROM staged_upload WHERE batch = ? ORDER BY name",
                (rs, n) -> new Staged(rs.getString(1), rs.getBytes(2)), batch);
    }

    /** Takes a batch away; returns how many files it held (0 when another request took it first). */
    int remove(String batch) {
        return jdbc.update("DELETE FROM staged_upload WHERE batch = ?", batch);
    }

    /** Throws away batches nobody imported or cancelled. */
    void forgetOld() {
        jdbc.update("DELETE FROM staged_upload WHERE staged_at < ?", Timestamp.from(clock.instant().minus(KEPT)));
    }
}
