package org.communique.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An H2 file written as an import writes it (opened with WRITE_DELAY=0, as the archive opens it; batches of rows
 * that land all over an index, each committed) grows with every batch, as no chunk is ever wholly dead; with
 * the chunks compacted after each batch, it stays a fraction of that size.
 */
class H2CompactionTest {

    private static final int BATCHES = 200;
    private static final int ROWS = 200;

    @TempDir
    Path folder;

    @Test
    void anImportsChunksRewrittenAfterEachBatchKeepTheFileSmall() throws Exception {
        long plain = fileAfterBatches("plain", false);
        long compacted = fileAfterBatches("compacted", true);

        System.out.printf("H2 file after %d batches: %,d bytes, compacted after each %,d%n", BATCHES, plain, compacted);
        assertThat(compacted).as("compacted after each batch, against %,d bytes", plain).isLessThan(plain / 2);
    }

    @Test
    void aDatabaseInMemoryIsLeftAlone() {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:h2:mem:compaction", "sa", "", true);
        try {
            H2Compaction compaction = new H2Compaction(dataSource);
            assertThat(compaction.compact()).isFalse();
            compaction.afterBatch(new ImportProgressed(1, 200, 400)); // skipped from now on, quietly
            assertThat(compaction.compact()).isFalse();
        } finally {
            dataSource.destroy();
        }
    }

    /** The size of a file written in batches, still open (closing it would compact it). */
    private long fileAfterBatches(String name, boolean compacting) throws Exception {
        Path file = folder.resolve(name + ".mv.db");
        // H2 rewrites a chunk only once it is older than the retention time (45 s, for the disk's own buffers):
        // none here, so that this test's chunks are old enough at once
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:h2:file:"
                + folder.resolve(name).toAbsolutePath() + ";WRITE_DELAY=0;RETENTION_TIME=0", "sa", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("CREATE TABLE row_of_text (id BIGINT PRIMARY KEY, k VARCHAR(40), l VARCHAR(40), m VARCHAR(40),"
                    + " body VARCHAR(400))");
            jdbc.execute("CREATE INDEX ix_row_k ON row_of_text (k)");
            jdbc.execute("CREATE INDEX ix_row_l ON row_of_text (l)");
            jdbc.execute("CREATE INDEX ix_row_m ON row_of_text (m)");
            H2Compaction compaction = new H2Compaction(dataSource);
            Random random = new Random(7);
            String body = "x".repeat(300);
            for (int batch = 0; batch < BATCHES; batch++) {
                int first = batch * ROWS;
                // each batch in a transaction of its own (the connection commits each), keys all over the index
                jdbc.batchUpdate("INSERT INTO row_of_text (id, k, l, m, body) VALUES (?, ?, ?, ?, ?)",
                        IntStream.range(first, first + ROWS).mapToObj(id -> new Object[] {id,
                                Long.toString(random.nextLong(), 36), Long.toString(random.nextLong(), 36),
                                Long.toString(random.nextLong(), 36), body}).toList());
                if (compacting) {
                    compaction.afterBatch(new ImportProgressed(1, first + ROWS, BATCHES * ROWS));
                }
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM row_of_text", Integer.class)).isEqualTo(BATCHES * ROWS);
            return Files.size(file);
        } finally {
            dataSource.destroy();
        }
    }
}
