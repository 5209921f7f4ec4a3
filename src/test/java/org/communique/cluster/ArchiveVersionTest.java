package org.communique.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

class ArchiveVersionTest {

    private HikariDataSource pool;

    @BeforeEach
    void aPoolOfOneConnection() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:archive-version-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        pool = new HikariDataSource(config);
        JdbcTemplate jdbc = new JdbcTemplate(pool);
        jdbc.execute("CREATE TABLE archive_version (id INT PRIMARY KEY, version BIGINT NOT NULL)");
        jdbc.update("INSERT INTO archive_version VALUES (1, 41)");
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void insideATransactionTheVersionIsReadOnItsOwnConnectionNotASecondOne() {
        ArchiveVersion archive = new ArchiveVersion(pool);
        TransactionTemplate readOnly = new TransactionTemplate(new DataSourceTransactionManager(pool));
        readOnly.setReadOnly(true);

        // the pool's one connection is the transaction's: asking the pool for another would wait and fail
        Long version = readOnly.execute(status -> {
            new JdbcTemplate(pool).queryForObject("SELECT COUNT(*) FROM archive_version", Long.class);
            return archive.current();
        });

        assertThat(version).isEqualTo(41);
    }

    @Test
    void outsideATransactionAChangeIsCountedAndReadBack() {
        ArchiveVersion archive = new ArchiveVersion(pool);

        assertThat(archive.current()).isEqualTo(41);
        archive.changed();

        assertThat(archive.current()).isEqualTo(42);
        assertThat(new JdbcTemplate(pool).queryForObject("SELECT version FROM archive_version", Long.class)).isEqualTo(42);
    }
}
