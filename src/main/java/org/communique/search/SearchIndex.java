package org.communique.search;

import java.util.Collection;
import java.util.List;

import org.communique.statement.Statement;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The search index as a whole: rebuilt from the database on demand (the admin's "rebuild index"), and at
 * start-up when it does not hold what the database holds (a new or lost index, rows written by SQL); and
 * the statements of some officials indexed again when their names changed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SearchIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final Object IN_BACKGROUND = new Object();

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;

    SearchIndex(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
                PlatformTransactionManager transactions) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.tx = new TransactionTemplate(transactions);
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Before the start-up import: rebuilds the index if it does not hold every statement of the database. */
    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        Counts counts = counts();
        if (counts.indexed() != counts.stored()) {
            log.info("The search index holds {} statements, the database {}: rebuilding the index", counts.indexed(),
                    counts.stored());
            rebuild();
        }
    }

    /** Empties the index and indexes every statement again from the database; returns how many were indexed. */
    public long rebuild() throws InterruptedException {
        long started = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(Statement.class).massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200)
                .purgeAllOnStart(true)
                .startAndWait();
        long indexed = counts().indexed();
        log.info("Indexed {} statements in {} ms", indexed, (System.nanoTime() - started) / 1_000_000);
        return indexed;
    }

    /**
     * In the transaction under way, index without waiting for the index to commit: for an import's batch of
     * new statements only. Should the archive die before the index commits, the index holds fewer statements
     * than the database, and {@link #run} rebuilds it at the next start; {@link #flush} at the end of a run.
     */
    public void indexInBackground() {
        Search.session(entityManager).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
        if (!TransactionSynchronizationManager.hasResource(IN_BACKGROUND)) {
            TransactionSynchronizationManager.bindResource(IN_BACKGROUND, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(IN_BACKGROUND);
                }
            });
        }
    }

    /** Whether the transaction under way indexes in the background (so may what follows from it). */
    static boolean inBackground() {
        return TransactionSynchronizationManager.hasResource(IN_BACKGROUND);
    }

    /** Commits what was indexed in the background, and makes it searchable. */
    public void flush() {
        var workspace = Search.mapping(entityManagerFactory).scope(Statement.class).workspace();
        workspace.flush();
        workspace.refresh();
    }

    /** How many statements the index and the database hold. */
    public Counts counts() {
        return tx.execute(status -> {
            SearchSession session = Search.session(entityManager);
            long indexed = session.search(Statement.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long stored = entityManager.createQuery("select count(s) from Statement s", Long.class).getSingleResult();
            return new Counts(indexed, stored);
        });
    }

    /** Indexes again the statements that name any of these officials (after their spellings changed). */
    void reindexStatementsNaming(Collection<Long> officialIds, boolean inBackground) {
        if (officialIds.isEmpty()) {
            return;
        }
        newTx.executeWithoutResult(status -> {
            if (inBackground) {
                Search.session(entityManager).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
            }
            List<Statement> named = entityManager.createQuery("select s from Statement s where s.id in (select a.statement.id"
                    + " from Appearance a where a.official.id in :ids)", Statement.class)
                    .setParameter("ids", officialIds).getResultList();
            SearchSession session = Search.session(entityManager);
            named.forEach(session.indexingPlan()::addOrUpdate);
        });
    }

    /** What the index holds against what the database holds. */
    public record Counts(long indexed, long stored) {
    }
}
