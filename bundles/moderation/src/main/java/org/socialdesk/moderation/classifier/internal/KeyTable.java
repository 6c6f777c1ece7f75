package org.socialdesk.moderation.classifier.internal;

import java.util.Arrays;

/**
 * Whole words to the term ids they stand for, looked up straight from a slice of the scan buffer so that the
 * hot path allocates no strings. Open addressing with linear probing over stored hashes; filled once, then
 * only read. Most words of a comment are in no list, so a small Bloom filter (it stays in the CPU cache)
 * answers "not here" before the large table is touched.
 */
final class KeyTable {

    private static final int EMPTY = 0;

    private char[][] keys;
    private int[] hashes;
    private int[][] values;
    private int size;
    private long[] bloom;

    KeyTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new char[capacity][];
        hashes = new int[capacity];
        values = new int[capacity][];
        bloom = new long[Math.max(1, capacity / 32)];
    }

    void add(String key, int termId) {
        char[] k = key.toCharArray();
        int hash = hash(k, 0, k.length);
        int slot = find(k, 0, k.length, hash);
        if (hashes[slot] == EMPTY) {
            keys[slot] = k;
            hashes[slot] = hash;
            values[slot] = new int[] {termId};
            remember(hash);
            if (++size * 2 > keys.length) {
                grow();
            }
        } else if (!contains(values[slot], termId)) {
            int[] old = values[slot];
            values[slot] = Arrays.copyOf(old, old.length + 1);
            values[slot][old.length] = termId;
        }
    }

    /** The term ids of the word {@code chars[from, from + length)}, or {@code null}. */
    int[] get(char[] chars, int from, int length) {
        int hash = hash(chars, from, length);
        if (!mayContain(hash)) {
            return null;
        }
        return values[find(chars, from, length, hash)];
    }

    private int find(char[] chars, int from, int length, int hash) {
        int mask = hashes.length - 1;
        int slot = hash & mask;
        while (true) {
            int h = hashes[slot];
            if (h == EMPTY || (h == hash && equal(keys[slot], chars, from, length))) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Polynomial hash, then a multiplicative mix: Cyrillic letters differ only in the low bits. Never 0. */
    private static int hash(char[] chars, int from, int length) {
        int h = 0;
        for (int i = from, end = from + length; i < end; i++) {
            h = 31 * h + chars[i];
        }
        h *= 0x9E3779B9;
        h ^= h >>> 16;
        return h == EMPTY ? 1 : h;
    }

    /** Two bits in one 64-bit word of the filter, both taken from the hash's high bits. */
    private void remember(int hash) {
        bloom[(hash >>> 12) & (bloom.length - 1)] |= (1L << (hash >>> 26)) | (1L << ((hash >>> 20) & 63));
    }

    private boolean mayContain(int hash) {
        long bits = (1L << (hash >>> 26)) | (1L << ((hash >>> 20) & 63));
        return (bloom[(hash >>> 12) & (bloom.length - 1)] & bits) == bits;
    }

    private static boolean equal(char[] key, char[] chars, int from, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] ids, int id) {
        for (int existing : ids) {
            if (existing == id) {
                return true;
            }
        }
        return false;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        int[][] oldValues = values;
        keys = new char[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2][];
        bloom = new long[Math.max(1, hashes.length / 32)];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHashes[i] != EMPTY) {
                int slot = find(oldKeys[i], 0, oldKeys[i].length, oldHashes[i]);
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                values[slot] = oldValues[i];
                remember(oldHashes[i]);
            }
        }
    }
}
