package org.communique.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many searches the engine runs at once: searches are work for the processors (scoring, facets, marked
 * passages), so more at once than there are processors only makes each slower, and long enough to be cut short
 * by the time limit. The others wait their turn, first come first served, and a search's time limit starts
 * when its turn comes. One that waited {@code patience} runs anyway: a reader gets an answer, late, rather than
 * an error.
 */
final class SearchGate {

    private static final Logger log = LoggerFactory.getLogger(SearchGate.class);

    private final Semaphore turns;
    private final Duration patience;

    SearchGate(int atOnce, Duration patience) {
        this.turns = new Semaphore(Math.max(1, atOnce), true);
        this.patience = patience;
    }

    /** How many more searches could start now without waiting. */
    int freeTurns() {
        return turns.availablePermits();
    }

    /** Runs {@code search} in its turn, or after {@code patience} without one. */
    <T> T run(Supplier<T> search) {
        boolean turn;
        try {
            turn = turns.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            log.debug("A search waited {} for its turn; it runs anyway", patience);
        }
        try {
            return search.get();
        } finally {
            if (turn) {
                turns.release();
            }
        }
    }
}
