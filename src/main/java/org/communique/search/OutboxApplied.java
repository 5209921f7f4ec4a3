package org.communique.search;

import java.sql.Timestamp;
import java.time.Instant;

import org.communique.cluster.ArchiveVersion;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On a node of several: counts a change of the archive ({@link ArchiveVersion#indexCaughtUp}) once the agents
 * have applied the index changes of the changes counted before, and again a second later. A commit counts a
 * change at once, but with the outbox the index follows the commit a moment later: a page rendered in between (a
 * search that does not find a corrected statement yet) would be kept, by every node's page cache and by browsers
 * (its ETag), under the version the commit made, until the next change. So each node waits for the events up to
 * its own last change, and for the pending events it has seen of other nodes (a node that dies leaves its events
 * to the others' agents), to be gone from the outbox, counts a change, and counts one more after the search
 * cluster's refresh (a second), so that those pages go.
 */
@Component
@ConditionalOnProperty(name = "archive.cluster.enabled", havingValue = "true")
class OutboxApplied {

    private final JdbcTemplate jdbc;
    private final ArchiveVersion version;
    private Instant handledChange;
    private Instant waitingFor;
    private boolean refreshDue;

    OutboxApplied(JdbcTemplate jdbc, ArchiveVersion version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    @Scheduled(initialDelay = 1000, fixedDelay = 1000)
    synchronized void poll() {
        if (refreshDue) {
            refreshDue = false;
            version.indexCaughtUp();
        }
        Instant change = version.lastChange().orElse(null);
        if (change != null && !change.equals(handledChange)) {
            handledChange = change;
            waitFor(change);
        }
        Timestamp newest = jdbc.queryForObject("SELECT MAX(process_after) FROM hsearch_outbox_event WHERE status = 'PENDING'",
                Timestamp.class);
        if (newest != null) {
            waitFor(newest.toInstant());
        }
        if (waitingFor != null && jdbc.queryForObject("SELECT COUNT(*) FROM hsearch_outbox_event WHERE status = 'PENDING'"
                + " AND process_after <= ?", Long.class, Timestamp.from(waitingFor)) == 0) {
            waitingFor = null;
            refreshDue = true;
            version.indexCaughtUp();
        }
    }

    private void waitFor(Instant moment) {
        if (waitingFor == null || moment.isAfter(waitingFor)) {
            waitingFor = moment;
        }
    }
}
