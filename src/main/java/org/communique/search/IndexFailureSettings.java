package org.communique.search;

import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hands Hibernate Search {@link IndexFailures} as the handler of failed background index writes, and the
 * configured synchronization strategy wrapped so that a failed write after a commit is recorded, not thrown.
 */
@Component
class IndexFailureSettings implements HibernatePropertiesCustomizer {

    private static final String STRATEGY = SearchSettings.PREFIX + "indexing.plan.synchronization.strategy";

    private final IndexFailures failures;

    IndexFailureSettings(IndexFailures failures) {
        this.failures = failures;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        properties.put(SearchSettings.PREFIX + "background_failure_handler", failures);
        Object configured = properties.get(STRATEGY);
        if (!(configured instanceof RecordedIndexWrites)) {
            properties.put(STRATEGY, new RecordedIndexWrites(RecordedIndexWrites.named(configured), failures));
        }
    }
}
