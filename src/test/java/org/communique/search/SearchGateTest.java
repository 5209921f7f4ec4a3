package org.communique.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Searches run a few at a time; one whose turn does not come still gets its answer. */
class SearchGateTest {

    @Test
    void aSearchWhoseTurnDoesNotComeStillAnswers() throws Exception {
        SearchGate gate = new SearchGate(1, Duration.ofMillis(50));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread holder = new Thread(() -> gate.run(() -> {
            running.countDown();
            try {
                return finish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        }));
        holder.start();
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(gate.freeTurns()).isZero();

        assertThat(gate.run(() -> "answered")).isEqualTo("answered");

        finish.countDown();
        holder.join(30_000);
        assertThat(gate.freeTurns()).as("the search that ran without a turn gave none back").isEqualTo(1);
    }

    @Test
    void noMoreSearchesRunAtOnceThanAllowed() throws Exception {
        SearchGate gate = new SearchGate(2, Duration.ofSeconds(30));
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Thread[] threads = new Thread[8];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> gate.run(() -> {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
                Thread.yield();
                return now.decrementAndGet();
            }));
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        assertThat(most.get()).isBetween(1, 2);
    }

    @Test
    void aSearchThatFailsGivesItsTurnBack() {
        SearchGate gate = new SearchGate(1, Duration.ofSeconds(30));
        try {
            gate.run(() -> {
                throw new IllegalStateException("engine failed");
            });
        } catch (IllegalStateException expected) {
            // the failure is the caller's
        }
        assertThat(gate.freeTurns()).isEqualTo(1);
        assertThat(gate.run(() -> "next")).isEqualTo("next");
    }
}
