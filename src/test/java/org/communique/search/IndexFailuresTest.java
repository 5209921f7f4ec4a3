package org.communique.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.hibernate.StaleStateException;
import org.hibernate.search.engine.reporting.FailureContext;
import org.junit.jupiter.api.Test;

import jakarta.persistence.RollbackException;

/** What counts as a failed write of the index, and what is only the outbox agents clashing over their own table. */
class IndexFailuresTest {

    private final IndexFailures failures = new IndexFailures(Clock.systemUTC());

    @Test
    void twoNodesRemovingTheSameExpiredAgentIsNoIndexFailure() {
        failures.handle(context(new RollbackException("Error while committing the transaction", new StaleStateException(
                "Batch update returned unexpected row count from update 0 [delete from hsearch_agent where id=?]"))));
        assertThat(failures.count()).isZero();
        assertThat(failures.failingSince()).isEmpty();
    }

    @Test
    void aWriteTheIndexRefusedIsCountedAndRemembered() {
        failures.handle(context(new java.io.UncheckedIOException(new java.io.IOException("No space left on device"))));
        assertThat(failures.count()).isEqualTo(1);
        assertThat(failures.failingSince()).isPresent();
        assertThat(failures.reason()).contains("No space left on device");
    }

    private static FailureContext context(Throwable failure) {
        FailureContext.Builder builder = FailureContext.builder();
        builder.failingOperation("Executing task 'Outbox event processor'");
        builder.throwable(failure);
        return builder.build();
    }
}
