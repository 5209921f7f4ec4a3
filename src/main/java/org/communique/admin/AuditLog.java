package org.communique.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The record of every admin action: who, what, on what, when, from where. Append-only. */
@Component
class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One line of the log as the audit page shows it. */
    record Event(long id, Instant at, String actor, String action, String subject, String detail, String address) {
    }

    void record(String actor, String action, String subject, String detail, String address) {
        jdbc.update("INSERT INTO audit_event (at, actor, action, subject, detail, address) VALUES (?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), cut(actor == null ? "(unknown)" : actor, 100), action, cut(subject, 500),
                cut(detail, 2000), cut(address, 64));
    }

    List<Event> newest(int limit, String action) {
        String where = action == null || action.isBlank() ? "" : " WHERE action = ?";
        Object[] args = where.isEmpty() ? new Object[] {limit} : new Object[] {action, limit};
        return jdbc.query("SELECT id, at, actor, action, subject, detail, address FROM audit_event" + where
                + " ORDER BY at DESC, id DESC LIMIT ?", (rs, n) -> new Event(rs.getLong(1),
                rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7)), args);
    }

    List<String> actions() {
        return jdbc.queryForList("SELECT DISTINCT action FROM audit_event ORDER BY action", String.class);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
