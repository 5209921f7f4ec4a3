package org.communique.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every write to the search index that failed (a full disk, a read-only folder, a broken index), from Hibernate
 * Search's background work and from the writes that follow a commit: counted, the first unrepaired one
 * remembered, so that an import can say its index writes failed, health can say the index is down, and
 * {@link IndexRepair} can repair the index once it can be written again.
 */
@Component
public class IndexFailures implements FailureHandler {

    private static final Logger log = LoggerFactory.getLogger(IndexFailures.class);

    private final Clock clock;
    private final AtomicLong count = new AtomicLong();
    private volatile Instant failingSince;
    private volatile String reason;

    IndexFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void handle(FailureContext context) {
        if (isAgentBookkeeping(context.throwable())) {
            // several nodes' outbox processors removing the same expired agent (a node that died): one of them
            // finds it gone; nothing was lost from the index, and the processor goes on at its next pulse
            log.warn("Outbox agents' bookkeeping clashed with another node's ({}); retried at the next pulse: {}",
                    context.failingOperation(), rootMessage(context.throwable()));
            return;
        }
        record(context.throwable(), String.valueOf(context.failingOperation()));
    }

    /** A failure in the outbox-polling agents' own table ({@code hsearch_agent}), not in a write to the index. */
    private static boolean isAgentBookkeeping(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.contains("hsearch_agent")
                    && (cause instanceof org.hibernate.StaleStateException
                    || cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof jakarta.persistence.RollbackException)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        record(context.throwable(), context.failingEntityReferences().size() + " statements");
    }

    /** Records a failed write of the index (the database holds what the index missed). */
    public void record(Throwable failure, String what) {
        count.incrementAndGet();
        reason = rootMessage(failure);
        if (failingSince == null) {
            failingSince = clock.instant();
        }
        log.error("The search index could not be written ({}); it will be repaired from the database once it can be:"
                + " {}", what, reason, failure);
    }

    /** How many writes failed since the archive started: an import compares it before and after. */
    public long count() {
        return count.get();
    }

    /** Since when the index has missed writes that were not repaired yet; empty when it holds what it should. */
    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    /** The last failure's cause, in the words of the index (for the log and health, not for readers). */
    public String reason() {
        return reason;
    }

    /** The index was brought in line with the database after the failures up to {@code upTo}. */
    void repaired(long upTo) {
        if (count.get() == upTo) {
            failingSince = null;
            reason = null;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == null ? "unknown" : root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
