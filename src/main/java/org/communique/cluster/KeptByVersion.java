package org.communique.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Values read from the database by id, kept under the archive's version they were read at: a value changes only
 * with the version, so an older version's values are never given, and they age out. The version is read before
 * the values, so a value read while a change commits is kept under the older version at most. Only read-only
 * transactions keep and take values: a transaction that wrote reads what it wrote.
 *
 * @param <V> the value read for an id
 */
public final class KeptByVersion<V> {

    private record Key(long version, long id) {
    }

    private final ArchiveVersion archive;
    private final Cache<Key, V> kept;

    /** @param archive the archive's version; {@code null} keeps nothing (tests that build their objects by hand) */
    public KeptByVersion(ArchiveVersion archive, int most) {
        this.archive = archive;
        this.kept = Caffeine.newBuilder().maximumSize(most).build();
    }

    /**
     * The values of these ids: those kept under the current version, and the others read by {@code read} (which
     * may leave out ids it finds no value for) and kept.
     */
    public Map<Long, V> get(Collection<Long> ids, Function<List<Long>, Map<Long, V>> read) {
        if (archive == null || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read.apply(List.copyOf(ids));
        }
        long version = archive.current();
        Map<Long, V> values = new HashMap<>();
        List<Long> unread = new ArrayList<>();
        for (Long id : ids) {
            V value = kept.getIfPresent(new Key(version, id));
            if (value != null) {
                values.put(id, value);
            } else {
                unread.add(id);
            }
        }
        if (!unread.isEmpty()) {
            read.apply(unread).forEach((id, value) -> {
                values.put(id, value);
                kept.put(new Key(version, id), value);
            });
        }
        return values;
    }
}
