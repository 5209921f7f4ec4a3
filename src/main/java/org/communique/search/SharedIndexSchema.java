package org.communique.search;

import org.communique.statement.Statement;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManagerFactory;

/**
 * On a node of several ({@code archive.cluster.enabled=true}): creates the index, or adds what a newer mapping
 * needs, before the node serves, one node at a time (under the import lock's row), so that nodes starting
 * together on an empty cluster never fail because another created the index first.
 */
@Component
@ConditionalOnProperty(name = "archive.cluster.enabled", havingValue = "true")
class SharedIndexSchema implements InitializingBean {

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    SharedIndexSchema(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void afterPropertiesSet() {
        tx.executeWithoutResult(status -> {
            jdbc.queryForList("SELECT id FROM import_lock WHERE id = 1 FOR UPDATE", Integer.class);
            Search.mapping(entityManagerFactory).scope(Statement.class).schemaManager().createOrUpdate();
        });
    }
}
