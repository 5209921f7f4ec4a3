package org.communique.search;

import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Hands Hibernate Search {@link IndexFailures} as the handler of failed background index writes, and the
 * configured synchronization strategy wrapped so that a failed write after a commit is recorded, not thrown.
 * With the outbox (several nodes) a transaction writes only to the database and the agents write the index in
 * the background: there is no strategy to wrap (Hibernate Search refuses one), and the agents' failures reach
 * {@link IndexFailures} as background failures.
 */
@Component
class IndexFailureSettings implements HibernatePropertiesCustomizer {

    private static final String STRATEGY = SearchSettings.PREFIX + "indexing.plan.synchronization.strategy";

    private final IndexFailures failures;
    private final boolean outbox;

    IndexFailureSettings(IndexFailures failures, Environment environment) {
        this.failures = failures;
        this.outbox = SearchSettings.outboxPolling(environment);
    }

    @Override
    public void customize(Map<String, Object> properties) {
        properties.put(SearchSettings.PREFIX + "background_failure_handler", failures);
        if (outbox) {
            properties.remove(STRATEGY);
            return;
        }
        Object configured = properties.get(STRATEGY);
        if (!(configured instanceof RecordedIndexWrites)) {
            properties.put(STRATEGY, new RecordedIndexWrites(RecordedIndexWrites.named(configured), failures));
        }
    }
}
