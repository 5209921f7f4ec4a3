package org.communique.search;

import org.communique.cluster.ArchiveVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once writes to the search index failed, tries every little while to bring the index in line with the database
 * again (the consistency check of {@link SearchIndex}, which indexes what is missing or stale): when the fault is
 * gone (space freed, the folder writable again) the index holds what the database holds, without a restart.
 */
@Component
class IndexRepair {

    private static final Logger log = LoggerFactory.getLogger(IndexRepair.class);

    private final IndexFailures failures;
    private final SearchIndex index;
    private final ArchiveVersion version;

    IndexRepair(IndexFailures failures, SearchIndex index, ArchiveVersion version) {
        this.failures = failures;
        this.index = index;
        this.version = version;
    }

    /** Repairs the index if writes failed; a no-op while none did. */
    @Scheduled(initialDelayString = "${archive.search.repair-interval:15s}", fixedDelayString = "${archive.search.repair-interval:15s}")
    void repairIfNeeded() {
        if (failures.failingSince().isPresent()) {
            repair();
        }
    }

    /** Tries once; returns whether the index now holds what the database holds. */
    boolean repair() {
        long before = failures.count();
        try {
            SearchIndex.Consistency found = index.check();
            index.flush();
            if (failures.count() == before) {
                failures.repaired(before);
                version.changed(); // pages kept while the index missed statements are out of date: kept ones go
                log.info("The search index can be written again and was repaired: {}", found);
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failures.record(e, "the repair of the index");
        }
        return false;
    }
}
