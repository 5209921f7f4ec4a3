package org.communique.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The archive's version: a counter in the database that every transaction changing what a public page shows
 * raises once (entities carry {@link Changes} as a listener). Public pages carry it as their validator and
 * the rendered-page cache keys on it; since it lives in the database, every instance sharing the database
 * agrees on it. An instance reads it again after its own writes at once, and others' within {@code archive.page-cache.recheck} (1 s).
 */
@Component
public class ArchiveVersion {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** How long an instance trusts the version it read, when it has not written since. */
    private final Duration recheck;
    private final AtomicReference<Read> last = new AtomicReference<>();

    ArchiveVersion(JdbcTemplate jdbc, Clock clock, @Value("${archive.page-cache.recheck:1s}") Duration recheck) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.recheck = recheck;
    }

    /** The version and when it changed, as the database holds them (at most {@code archive.page-cache.recheck} old). */
    public Read current() {
        Read read = last.get();
        Instant now = clock.instant();
        if (read == null || !read.readAt().plus(recheck).isAfter(now)) {
            read = jdbc.queryForObject("SELECT version, changed_at FROM archive_version WHERE id = 1",
                    (rs, row) -> new Read(rs.getLong(1), rs.getTimestamp(2).toInstant(), now));
            last.set(read);
        }
        return read;
    }

    /** A version read from the database, with the time it changed (whole seconds, as Last-Modified has them). */
    public record Read(long version, Instant changedAt, Instant readAt) {
    }

    /** Raises the version once for the transaction under way (or at once outside one). */
    void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            raise();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ArchiveVersion.this);
                last.set(null); // read it again: this instance's own write shows at once
            }
        });
        raise(); // in the transaction: the new version is seen exactly when what changed is
    }

    private void raise() {
        jdbc.update("UPDATE archive_version SET version = version + 1, changed_at = ? WHERE id = 1",
                Timestamp.from(clock.instant()));
        last.set(null);
    }

    /**
     * The entity listener: any write of an entity that public pages show raises the version. Hibernate has
     * Spring make it, so it raises the version of the application the entity manager belongs to.
     */
    public static class Changes {

        private final ObjectProvider<ArchiveVersion> version;

        public Changes(ObjectProvider<ArchiveVersion> version) {
            this.version = version;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            ArchiveVersion archive = version.getIfAvailable();
            if (archive != null) {
                archive.changed();
            }
        }
    }
}
