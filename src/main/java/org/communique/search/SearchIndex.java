package org.communique.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.communique.statement.Statement;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The search index as a whole. At start-up (and on demand) a consistency check compares the index with the
 * database statement by statement, id and version: what is missing or stale (a new or lost index, rows
 * written by SQL, a node that died between its commit and its indexing) is indexed again, what the database no
 * longer holds is removed, and nothing else is touched, so that a node starting beside others never empties
 * a shared index. A full rebuild, which empties the index first, runs only when asked for. And the statements
 * of some officials are indexed again when their names changed.
 *
 * <p>On a node of several, index changes go through the database's outbox (see {@link SearchSettings}): what the
 * check or a transaction indexes is written as events in the same transaction, and applied by the nodes' agents
 * a moment later; the mass indexer (check of many, rebuild) pauses the agents of every node while it runs.
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
    private final boolean outbox;

    SearchIndex(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
                PlatformTransactionManager transactions, Environment environment) {
        this.outbox = SearchSettings.outboxPolling(environment);
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.tx = new TransactionTemplate(transactions);
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** More statements to index again than this, and the check indexes them all with the mass indexer. */
    static final int MASS_INDEXING_ABOVE = 2_000;
    private static final int BATCH = 200;

    /** Before the start-up import: brings the index in line with the database, without emptying it. */
    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        Consistency found = check();
        if (found.repaired() > 0) {
            log.info("The search index did not hold what the database holds: {}", found);
        }
    }

    /**
     * Compares the index with the database, id and version, and repairs what differs: statements missing from
     * the index or indexed at another version are indexed again, documents of statements that are gone are
     * removed. Never empties the index.
     */
    public Consistency check() throws InterruptedException {
        long started = System.nanoTime();
        Map<Long, Long> indexed = indexedVersions();
        Map<Long, Long> stored = new HashMap<>();
        tx.executeWithoutResult(status -> entityManager.createQuery("select s.id, s.version from Statement s", Object[].class)
                .getResultList().forEach(row -> stored.put((Long) row[0], (Long) row[1])));
        List<Long> missing = new ArrayList<>();
        List<Long> stale = new ArrayList<>();
        stored.forEach((id, version) -> {
            Long inIndex = indexed.get(id);
            if (inIndex == null) {
                missing.add(id);
            } else if (!Objects.equals(inIndex, version)) {
                stale.add(id);
            }
        });
        List<Long> extra = indexed.keySet().stream().filter(id -> !stored.containsKey(id)).toList();
        List<Long> again = new ArrayList<>(missing);
        again.addAll(stale);
        if (again.size() > MASS_INDEXING_ABOVE) {
            Search.mapping(entityManagerFactory).scope(Statement.class).massIndexer()
                    .threadsToLoadObjects(2).batchSizeToLoadObjects(BATCH)
                    .purgeAllOnStart(false) // documents are updated in place: searches go on finding them
                    .startAndWait();
        } else {
            for (int from = 0; from < again.size(); from += BATCH) {
                List<Long> ids = again.subList(from, Math.min(again.size(), from + BATCH));
                newTx.executeWithoutResult(status -> {
                    SearchSession session = Search.session(entityManager);
                    entityManager.createQuery("select s from Statement s where s.id in :ids", Statement.class)
                            .setParameter("ids", ids).getResultList().forEach(session.indexingPlan()::addOrUpdate);
                });
            }
        }
        if (!extra.isEmpty()) {
            newTx.executeWithoutResult(status -> {
                SearchSession session = Search.session(entityManager);
                extra.forEach(id -> session.indexingPlan().purge(Statement.class, id, null));
            });
        }
        return new Consistency(stored.size(), indexed.size(), missing.size(), stale.size(), extra.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Every document's statement id and the version it was indexed at. */
    private Map<Long, Long> indexedVersions() {
        Map<Long, Long> versions = new HashMap<>();
        tx.executeWithoutResult(status -> {
            SearchSession session = Search.session(entityManager);
            try (SearchScroll<IdVersion> scroll = session.search(Statement.class)
                    .select(f -> f.composite().from(f.id(Long.class), f.field(SearchFields.VERSION, Long.class))
                            .as(IdVersion::new))
                    .where(f -> f.matchAll()).scroll(1000)) {
                for (SearchScrollResult<IdVersion> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                    chunk.hits().forEach(hit -> versions.put(hit.id(), hit.version()));
                }
            }
        });
        return versions;
    }

    private record IdVersion(Long id, Long version) {
    }

    /** What a consistency check found: statements stored and documents indexed, and what differed. */
    public record Consistency(long stored, long indexed, long missing, long stale, long extra, long millis) {

        /** How many documents the check wrote or removed. */
        public long repaired() {
            return missing + stale + extra;
        }

        @Override
        public String toString() {
            return stored + " statements stored, " + indexed + " indexed; " + missing + " missing, " + stale
                    + " stale and " + extra + " extra documents repaired in " + millis + " ms";
        }
    }

    /**
     * Empties the index and indexes every statement again from the database; returns how many were indexed.
     * Searches find little until it ends: only on request (after an upgrade that changes what is indexed),
     * never at start-up.
     */
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
     * With the outbox, every transaction's index changes are applied in the background already.
     */
    public void indexInBackground() {
        if (outbox) {
            return;
        }
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

    /**
     * Commits what was indexed in the background, and makes it searchable. With the outbox, only what the agents
     * applied so far: events still waiting are applied a moment later.
     */
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
            if (inBackground && !outbox) {
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
