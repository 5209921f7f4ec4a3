package org.communique.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.communique.QueryTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DataSourceUtils;

import jakarta.persistence.EntityManager;

/** The application's JPA transactions expose their connection, so {@link ArchiveVersion} reads on it. */
@QueryTest
@Import(ArchiveVersion.class)
class ArchiveVersionInJpaTransactionTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ArchiveVersion archive;

    @Test
    void theVersionIsReadOnTheTransactionsConnection() {
        entityManager.createNativeQuery("SELECT 1").getSingleResult(); // the transaction holds its connection
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            assertThat(DataSourceUtils.isConnectionTransactional(connection, dataSource)).isTrue();
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        assertThat(archive.current()).isNotNegative();
    }
}
