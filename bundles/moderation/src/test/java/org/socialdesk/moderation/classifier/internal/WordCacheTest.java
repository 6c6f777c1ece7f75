package org.socialdesk.moderation.classifier.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A cached word answers only for itself: same letters in the same order and the same length. */
class WordCacheTest {

    private static int[] get(WordCache cache, String word) {
        char[] c = word.toCharArray();
        return cache.get(WordCache.low(c, 0, c.length), WordCache.high(c, 0, c.length));
    }

    private static void put(WordCache cache, String word, int... terms) {
        char[] c = word.toCharArray();
        cache.put(WordCache.low(c, 0, c.length), WordCache.high(c, 0, c.length), terms, 0, terms.length);
    }

    @Test
    void answersForTheSameWordOnly() {
        WordCache cache = new WordCache(1 << 10);
        put(cache, "сволочь", 7, 9);
        put(cache, "да");

        assertArrayEquals(new int[] {7, 9}, get(cache, "сволочь"));
        assertArrayEquals(new int[0], get(cache, "да"), "a word that matched nothing is cached too");
        assertNull(get(cache, "сволоч"));
        assertNull(get(cache, "сволочи"));
        assertNull(get(cache, "дан"));
        assertNull(get(cache, "ад"));
    }
}
