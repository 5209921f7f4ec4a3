package org.communique.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Values read from the database by key, kept under the archive's version they were read at: a value changes only
 * with the version, so an older version's values are never given, and they age out. The version is read before
 * the values, so a value read while a change commits is kept under the older version at most. Only read-only
 * transactions keep and take values: a transaction that wrote reads what it wrote.
 *
 * @param <K> what a value is read for: an id, or a whole question (a filter)
 * @param <V> the value read for a key
 */
public final class KeptByVersion<K, V> {

    private record Key<K>(long version, K key) {
    }

    private final ArchiveVersion archive;
    private final Cache<Key<K>, V> kept;

    /** @param archive the archive's version; {@code null} keeps nothing (tests that build their objects by hand) */
    public KeptByVersion(ArchiveVersion archive, int most) {
        this.archive = archive;
        this.kept = Caffeine.newBuilder().maximumSize(most).build();
    }

    /**
     * The values of these keys: those kept under the current version, and the others read by {@code read} (which
     * may leave out keys it finds no value for) and kept.
     */
    public Map<K, V> get(Collection<K> keys, Function<List<K>, Map<K, V>> read) {
        if (!keeping()) {
            return read.apply(List.copyOf(keys));
        }
        long version = archive.current();
        Map<K, V> values = new HashMap<>();
        List<K> unread = new ArrayList<>();
        for (K key : keys) {
            V value = kept.getIfPresent(new Key<>(version, key));
            if (value != null) {
                values.put(key, value);
            } else {
                unread.add(key);
            }
        }
        if (!unread.isEmpty()) {
            read.apply(unread).forEach((key, value) -> {
                values.put(key, value);
                kept.put(new Key<>(version, key), value);
            });
        }
        return values;
    }

    /** The value of one key: kept under the current version, else read by {@code read} and kept. */
    public V get(K key, Supplier<V> read) {
        if (!keeping()) {
            return read.get();
        }
        Key<K> versioned = new Key<>(archive.current(), key);
        V value = kept.getIfPresent(versioned);
        if (value == null) {
            value = read.get();
            kept.put(versioned, value);
        }
        return value;
    }

    private boolean keeping() {
        return archive != null && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
