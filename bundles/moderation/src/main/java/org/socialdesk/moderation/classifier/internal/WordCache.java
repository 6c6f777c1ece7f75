package org.socialdesk.moderation.classifier.internal;

import java.util.Arrays;

/**
 * What each recently seen short word matched, so that a frequent word (не, и, в, что, ты…) is looked up in
 * the index once, not in every comment: Russian comments repeat a small vocabulary, and a full look-up costs
 * a hash, a trie walk and a scan for roots inside the word.
 *
 * <p>Words of up to {@link #MAX_LENGTH} letters are packed, 16 bits a letter, into two longs with the length,
 * so that a hit reads one small object and no array. Direct-mapped: a newer word evicts an older one. Threads share the cache without
 * locks: an entry is immutable with final fields, so a thread that reads an entry another thread just wrote
 * sees it whole, and a lost write only costs a look-up.
 */
final class WordCache {

    static final int MAX_LENGTH = 7;
    private static final int[] NOTHING = new int[0];

    private static final class Entry {
        final long low;
        final long high;
        final int[] terms;

        Entry(long low, long high, int[] terms) {
            this.low = low;
            this.high = high;
            this.terms = terms;
        }
    }

    private final Entry[] entries;

    WordCache(int sizePowerOfTwo) {
        entries = new Entry[sizePowerOfTwo];
    }

    /** Letters one to four of a word of at most {@link #MAX_LENGTH} letters. */
    static long low(char[] buf, int start, int length) {
        long packed = 0;
        for (int i = 0, n = Math.min(length, 4); i < n; i++) {
            packed |= (long) buf[start + i] << (16 * i);
        }
        return packed;
    }

    /** Letters five to seven of a word, and its length in the top 16 bits. */
    static long high(char[] buf, int start, int length) {
        long packed = (long) length << 48;
        for (int i = 4; i < length; i++) {
            packed |= (long) buf[start + i] << (16 * (i - 4));
        }
        return packed;
    }

    /** The term ids the packed word matched when last looked up, or {@code null}. */
    int[] get(long low, long high) {
        Entry entry = entries[slot(low, high)];
        return entry != null && entry.low == low && entry.high == high ? entry.terms : null;
    }

    void put(long low, long high, int[] terms, int from, int to) {
        int[] matched = from == to ? NOTHING : Arrays.copyOfRange(terms, from, to);
        entries[slot(low, high)] = new Entry(low, high, matched);
    }

    private int slot(long low, long high) {
        long h = (low ^ (high * 0x9E3779B97F4A7C15L)) * 0xC2B2AE3D27D4EB4FL;
        return (int) (h >>> 40) & (entries.length - 1);
    }
}
