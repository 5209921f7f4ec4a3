package org.communique.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.communique.official.Official;
import org.communique.official.OfficialAlias;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;

/**
 * Keeps the statements' index in step with the officials' names: the index holds every spelling of the
 * officials a statement names, but an official's new spelling, rename or merge does not touch the
 * statements themselves. So when a transaction adds or removes a spelling, or changes an official, the
 * statements naming that official are indexed again once it commits.
 */
@Component
class OfficialNameChanges implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final EntityManagerFactory entityManagerFactory;
    private final SearchIndex index;

    OfficialNameChanges(EntityManagerFactory entityManagerFactory, SearchIndex index) {
        this.entityManagerFactory = entityManagerFactory;
        this.index = index;
    }

    @PostConstruct
    void listen() {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getEventListenerRegistry();
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity());
    }

    private void changed(Object entity) {
        Long officialId = entity instanceof OfficialAlias alias ? alias.getOfficial().getId()
                : entity instanceof Official official ? official.getId() : null;
        if (officialId == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(Pending.class);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(Pending.class, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.officials.add(officialId);
        pending.inBackground |= SearchIndex.inBackground();
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** The officials a transaction changed, indexed again after it commits. */
    private final class Pending implements TransactionSynchronization {

        private final Set<Long> officials = new LinkedHashSet<>();
        /** An import's batch of new statements indexes in the background: so may the statements it touched. */
        private boolean inBackground;

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Pending.class);
            if (status == STATUS_COMMITTED) {
                index.reindexStatementsNaming(officials, inBackground);
            }
        }
    }
}
