package org.communique.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of every admin action: who, what, on what, when, from where. Append-only. Each entry keeps its
 * action's code (for filtering) and says what happened in plain words; the page names the kind of action
 * in words too, and the admin's own machine as such.
 */
@Component
class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What each action code means, in words, for the page (a code not listed is spelt out from its words). */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("LOGIN", "Signed in"),
            Map.entry("LOGIN_FAILED", "Sign-in refused"),
            Map.entry("LOGIN_THROTTLED", "Sign-ins paused after failed attempts"),
            Map.entry("IMPORT", "Started an import"),
            Map.entry("IMPORT_REFUSED", "Import refused"),
            Map.entry("UPLOAD", "Uploaded a file"),
            Map.entry("UPLOAD_REJECTED", "Refused an uploaded file"),
            Map.entry("UPLOAD_SAVED", "Saved uploaded files into the import folder"),
            Map.entry("UPLOAD_CANCELLED", "Cancelled an upload"),
            Map.entry("CORRECTION", "Corrected a statement"),
            Map.entry("DELETE", "Deleted a statement"),
            Map.entry("OFFICIAL_RENAME", "Renamed an official"),
            Map.entry("OFFICIAL_ALIAS", "Added a spelling"),
            Map.entry("OFFICIAL_ALIAS_REMOVED", "Removed a spelling"),
            Map.entry("OFFICIAL_COUNTRY", "Set an official's country"),
            Map.entry("OFFICIAL_MERGE", "Merged two officials"),
            Map.entry("OFFICIAL_SPLIT", "Undid a merge of officials"),
            Map.entry("REGISTRY_EXPORT", "Exported the registry"),
            Map.entry("REGISTRY_IMPORT", "Imported a registry file"),
            Map.entry("INDEX_CHECK", "Checked the search index"),
            Map.entry("INDEX_REBUILD", "Rebuilt the search index"),
            Map.entry("INDEX_CHECK_REFUSED", "Search index check refused"),
            Map.entry("INDEX_CHECK_FAILED", "Search index check failed"));

    /** One line of the log as the audit page shows it. */
    record Event(long id, Instant at, String actor, String action, String subject, String detail, String address) {

        /** The kind of action in words: "Renamed an official". */
        public String label() {
            return AuditLog.label(action);
        }

        /** Where the request came from: "this machine" for the loopback address, else the address. */
        public String from() {
            return place(address);
        }
    }

    /** An action's code and its words, for the filter. */
    record Kind(String code, String label) {
    }

    static String label(String action) {
        if (action == null) {
            return "";
        }
        String known = LABELS.get(action);
        if (known != null) {
            return known;
        }
        String words = action.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String place(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String a = address.strip();
        if (a.equals("::1") || a.equals("0:0:0:0:0:0:0:1") || a.startsWith("127.") || a.equals("[::1]")) {
            return "this machine (" + (a.contains(":") ? "::1" : a) + ")";
        }
        return a;
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

    /** The kinds of action the log holds, in the order of their words. */
    List<Kind> actions() {
        return jdbc.queryForList("SELECT DISTINCT action FROM audit_event", String.class).stream()
                .map(code -> new Kind(code, label(code))).sorted(java.util.Comparator.comparing(Kind::label)).toList();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
