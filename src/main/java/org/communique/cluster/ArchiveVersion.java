package org.communique.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The archive's version: a number in the database that goes up after every committed change of what readers
 * see (a statement, the officials it names, a merge, a deletion), whichever node made it. Caches of
 * whole-archive figures (and anything keyed by "what the archive holds now", such as a page cache or an ETag)
 * are keyed by it: a node reads it again at most {@link #RECHECK} after it last did, and at once after its own
 * changes.
 */
@Component
public class ArchiveVersion {

    static final Duration RECHECK = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(ArchiveVersion.class);

    private final DataSource dataSource;
    private volatile long version = -1;
    private volatile long readAt;
    private volatile Instant lastChange;
    private long seenVersion = -1;
    private long changedAt;

    ArchiveVersion(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The version as this node last read it, read again when older than {@link #RECHECK}: inside a transaction on
     * that transaction's own connection, so that a thread holding a connection never waits for a second one (under
     * load, every connection of the pool held by a thread waiting for another was a deadlock until the pool's
     * timeout).
     */
    public long current() {
        long now = System.nanoTime();
        if (version < 0 || now - readAt > RECHECK.toNanos()) {
            version = read();
            readAt = now;
        }
        return version;
    }

    private long read() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (!DataSourceUtils.isConnectionTransactional(connection, dataSource)) {
                connection.setAutoCommit(true);
            }
            try (Statement statement = connection.createStatement()) {
                return versionOn(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("archive_version: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * When the archive changed to {@code version}, as this node knows it: the time it first saw that version
     * (at start-up for the version it found), in whole seconds and a second later at least for each later
     * version, so that a page's {@code Last-Modified} moves whenever its {@code ETag} does. Several nodes
     * each give their own time, within about {@link #RECHECK} of each other (and of their clocks' drift).
     */
    public synchronized long changedAt(long version) {
        if (version != seenVersion) {
            long now = System.currentTimeMillis() / 1000 * 1000;
            changedAt = seenVersion < 0 ? now : Math.max(now, changedAt + 1000);
            seenVersion = version;
        }
        return changedAt;
    }

    /**
     * Counts a change: once the current transaction commits (at once outside a transaction; never when it
     * rolls back). Any number of changes in one transaction count once.
     */
    public void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            lastChange = Instant.now();
            bump();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                lastChange = Instant.now();
                bump();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ArchiveVersion.this);
            }
        });
    }

    /** Whether the current transaction has made a change it has not committed yet (it reads what it wrote). */
    public boolean changedInThisTransaction() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.hasResource(this);
    }

    /** When this node last committed a change it counted (empty before its first). */
    public Optional<Instant> lastChange() {
        return Optional.ofNullable(lastChange);
    }

    /**
     * Counts a change that is not one of the data: the search index caught up with changes counted before (with
     * several nodes the index follows a commit a moment later), so that pages kept meanwhile go.
     */
    public void indexCaughtUp() {
        bump();
    }

    /**
     * On a connection of its own, in auto-commit (the transaction that made the change is over, its connection not
     * yet given back), which counts the change and reads the count back.
     */
    private void bump() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.executeUpdate("UPDATE archive_version SET version = version + 1 WHERE id = 1");
            version = versionOn(statement);
            readAt = System.nanoTime();
        } catch (SQLException | RuntimeException e) {
            version = -1; // read again next time
            log.warn("Could not count a change of the archive: {}", e.getMessage());
        }
    }

    private static long versionOn(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT version FROM archive_version WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The JPA listener of the entities readers see: every write of one counts a change. */
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
