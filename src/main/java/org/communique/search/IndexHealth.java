package org.communique.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search index in {@code /actuator/health}: DOWN while writes to it failed and it was not repaired yet
 * (searches then miss or misreport statements the database holds), UP otherwise.
 */
@Component("indexHealthIndicator") // "index" in health
class IndexHealth implements HealthIndicator {

    private final IndexFailures failures;

    IndexHealth(IndexFailures failures) {
        this.failures = failures;
    }

    @Override
    public Health health() {
        return failures.failingSince()
                .map(since -> Health.down().withDetail("failingSince", since.toString())
                        .withDetail("reason", "writes to the search index failed; it is repaired once it can be written").build())
                .orElseGet(() -> Health.up().build());
    }
}
