package org.communique.importer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few seconds, on every node: a run still shown as running whose node stopped renewing its lease (it
 * died, or was killed) is marked interrupted, by whichever node looks first.
 */
@Component
class AbandonedRuns {

    private static final Logger log = LoggerFactory.getLogger(AbandonedRuns.class);

    private final ImportLock lock;

    AbandonedRuns(ImportLock lock) {
        this.lock = lock;
    }

    @Scheduled(initialDelay = 5_000, fixedDelay = 5_000)
    void interruptAbandoned() {
        try {
            int marked = lock.interruptAbandoned();
            if (marked > 0) {
                log.warn("Marked {} import run(s) interrupted: the node running them stopped renewing its lease", marked);
            }
        } catch (RuntimeException e) {
            log.debug("Could not look for abandoned import runs: {}", e.getMessage());
        }
    }
}
