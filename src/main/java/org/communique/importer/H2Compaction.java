package org.communique.importer;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps an embedded H2 file from growing with an import. H2 writes each commit as a new chunk of the file, and
 * the space of an old chunk is used again only once none of its pages is live; rewriting the few live pages of
 * mostly dead chunks is the work of H2's background writer, which {@code WRITE_DELAY=0} (a commit on disk before
 * the next begins) switches off. An import's batches touch pages all over every index, so its chunks were never
 * freed: 1,000,000 files made a file of 70 GB, 4% of it live. After each batch an import has committed, this
 * rewrites chunks less than half live, as the background writer would; on another database it does nothing.
 */
@Component
class H2Compaction {

    private static final Logger log = LoggerFactory.getLogger(H2Compaction.class);
    /** Chunks with fewer live pages than this (in percent) are rewritten. */
    static final int FILL_RATE = 50;
    /** At least this many bytes are rewritten after a batch (when so many are less than half live). */
    static final int WRITE = 4 << 20;

    private final DataSource dataSource;
    /** Set once the database turns out not to be an H2 file (or compaction failed): nothing more is tried. */
    private volatile boolean skip;

    H2Compaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener
    void afterBatch(ImportProgressed progress) {
        if (!skip) {
            compact();
        }
    }

    /** Rewrites the file's mostly dead chunks; true when it rewrote some. */
    boolean compact() {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = storeOf(connection);
            if (store == null) {
                skip = true; // PostgreSQL, an in-memory H2 or an H2 server: nothing to compact here
                return false;
            }
            return store.compact(FILL_RATE, WRITE);
        } catch (SQLException | RuntimeException | LinkageError e) {
            // a compaction that fails leaves the file as it was: the import goes on, the file only larger
            skip = true;
            log.warn("Could not compact the H2 database file after an import batch ({}); it may grow until the"
                    + " archive restarts", e.toString());
            return false;
        }
    }

    private static MVStore storeOf(Connection connection) throws SQLException {
        if (connection.isWrapperFor(JdbcConnection.class)
                && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
                && session.getDatabase().isPersistent()) {
            return session.getDatabase().getStore().getMvStore();
        }
        return null;
    }
}
