package org.socialdesk.connector.telegram.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the connector learnt from recent updates, kept in memory up to a count, the least recently used going first. */
final class Recent<K, V> {

    private final Map<K, V> entries;

    Recent(int kept) {
        entries = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > kept;
            }
        };
    }

    synchronized Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    /** A snapshot, for the rare search by something other than the key. */
    synchronized List<V> values() {
        return List.copyOf(entries.values());
    }
}
