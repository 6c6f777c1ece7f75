package org.socialdesk.moderation.classifier.internal;

/**
 * Looks one spelling of one word up in every {@link TermIndex} layer and records what it finds in
 * {@link Matches}: the whole word in the hash table, word beginnings in the trie, roots after prefixes and
 * roots anywhere inside, masked letters ({@code *}) tried as every letter, doubled letters also tried single.
 */
final class SpellingLookup {

    private static final int MAX_MASKS = 2;
    /** See {@link #find}: the spelling is the word as written, not a guess. */
    private static final int NOT_GUESSED = -1;

    /** Enough for the everyday vocabulary of comments; rarer and longer words are looked up each time. */
    private static final int CACHED_WORDS = 1 << 13;

    private final IndexLayers layers;
    private final WordCache cache = new WordCache(CACHED_WORDS);

    SpellingLookup(IndexLayers layers) {
        this.layers = layers;
    }

    /** The fast path for the common word: as written, no masks, no doubled letters; short ones are cached. */
    void matchPlain(char[] buf, int start, int length, int word, Matches m) {
        if (length > WordCache.MAX_LENGTH) {
            find(buf, start, length, word, m, NOT_GUESSED);
            return;
        }
        long low = WordCache.low(buf, start, length);
        long high = WordCache.high(buf, start, length);
        int[] cached = cache.get(low, high);
        if (cached != null) {
            addAll(cached, word, m);
            return;
        }
        int before = m.count;
        find(buf, start, length, word, m, NOT_GUESSED);
        cache.put(low, high, m.terms, before, m.count);
    }

    /**
     * Matches a spelling as written (doubles kept) and, if it has doubles, with every double made single.
     *
     * @param guessed the spelling is a reconstruction (joined pieces, a transliteration): only whole words
     *                and word beginnings count, not roots found further inside, which a guess can fabricate
     */
    void matchSpelling(char[] buf, int start, int length, int word, Matches m, boolean guessed) {
        lookUp(buf, start, length, word, m, guessed);
        if (Tokenizer.hasDoubles(buf, start, length)) {
            m.single = Matches.fit(m.single, length);
            System.arraycopy(buf, start, m.single, 0, length);
            lookUp(m.single, 0, Tokenizer.capRuns(m.single, 0, length, 1), word, m, guessed);
        }
    }

    /**
     * Matches a word rebuilt with hidden letters ({@code *}) as a whole word only: word beginnings would let
     * the guessed letters fabricate a root ("бы..люди" is not быдл-).
     */
    void matchWholeMasked(char[] buf, int start, int length, int word, Matches m) {
        m.unmasked = Matches.fit(m.unmasked, length);
        System.arraycopy(buf, start, m.unmasked, 0, length);
        unmask(m.unmasked, length, 0, word, m);
    }

    private void lookUp(char[] buf, int start, int length, int word, Matches m, boolean guessed) {
        int firstMask = -1;
        int masks = 0;
        for (int i = start; i < start + length; i++) {
            if (buf[i] == '*') {
                firstMask = firstMask < 0 ? i - start : firstMask;
                masks++;
            }
        }
        if (masks == 0) {
            find(buf, start, length, word, m, guessed ? 0 : NOT_GUESSED);
        } else if (masks <= MAX_MASKS && length - masks >= 2) {
            matchWholeMasked(buf, start, length, word, m);
            for (TermIndex index : layers.all()) {
                walkMasked(index.stems, buf, start, length, 0, CharTrie.ROOT, firstMask, word, m);
            }
        }
    }

    /**
     * Tries every letter for every {@code *} against the whole-word table: х*й becomes хай, хуй, хэй…, and only
     * words in a list match. Hash look-ups only; word beginnings are found by {@link #walkMasked}.
     */
    private void unmask(char[] buf, int length, int from, int word, Matches m) {
        int star = -1;
        for (int i = from; i < length; i++) {
            if (buf[i] == '*') {
                star = i;
                break;
            }
        }
        if (star < 0) {
            int before = m.count;
            for (TermIndex index : layers.all()) {
                addAll(index.exact.get(buf, 0, length), word, m);
            }
            if (m.count > before && layers.isAllowed(buf, 0, length)) {
                m.count = before;
            }
            return;
        }
        for (char c = 'а'; c <= 'я'; c++) {
            buf[star] = c;
            unmask(buf, length, star + 1, word, m);
        }
        buf[star] = '*';
    }

    /**
     * Word beginnings for a word with hidden letters: the trie is walked with {@code *} matching any letter,
     * and a beginning counts only if it reaches past the first hidden letter (so "бл*" is not just "бл").
     */
    private void walkMasked(CharTrie stems, char[] buf, int start, int length, int i, int node, int firstMask,
            int word, Matches m) {
        if (i == length) {
            return;
        }
        char c = buf[start + i];
        if (c == '*') {
            for (char letter = 'а'; letter <= 'я'; letter++) {
                int next = stems.child(node, letter);
                if (next != CharTrie.NONE) {
                    reachedMasked(stems, buf, start, length, i, next, firstMask, word, m);
                }
            }
        } else {
            int next = stems.child(node, c);
            if (next != CharTrie.NONE) {
                reachedMasked(stems, buf, start, length, i, next, firstMask, word, m);
            }
        }
    }

    private void reachedMasked(CharTrie stems, char[] buf, int start, int length, int i, int node, int firstMask,
            int word, Matches m) {
        int[] payload = stems.payload(node);
        if (payload != null && i >= firstMask) {
            for (int p : payload) {
                if (TermIndex.isOpen(p) || i == length - 1) {
                    m.add(TermIndex.termOf(p), word);
                }
            }
        }
        walkMasked(stems, buf, start, length, i + 1, node, firstMask, word, m);
    }

    /**
     * @param guessedUpTo {@link #NOT_GUESSED} for a word as written; otherwise the word is a guess and only
     *                    whole words and word beginnings reaching past this index count
     */
    private void find(char[] buf, int start, int length, int word, Matches m, int guessedUpTo) {
        int before = m.count;
        for (TermIndex index : layers.all()) {
            addAll(index.exact.get(buf, start, length), word, m);
            walk(index, buf, start, length, 0, EntryPattern.AT_START, Math.max(guessedUpTo, 0), word, m);
            if (guessedUpTo == NOT_GUESSED) {
                findInside(index, buf, start, length, word, m);
            }
        }
        // the allow-list is consulted only when something matched: most words match nothing
        if (m.count > before && layers.isAllowed(buf, start, length)) {
            m.count = before;
        }
    }

    private static void addAll(int[] ids, int word, Matches m) {
        if (ids != null) {
            for (int id : ids) {
                m.add(id, word);
            }
        }
    }

    /** Roots after prefixes (заебал) and roots anywhere (хохложопый). */
    private void findInside(TermIndex index, char[] buf, int start, int length, int word, Matches m) {
        long afterPrefix = -1;
        for (int p = 1; p < length - 1; p++) {
            byte opens = index.openings[TermIndex.opening(buf[start + p], buf[start + p + 1])];
            if (opens == 0) {
                continue;
            }
            if ((opens & TermIndex.OPENS_AFTER_PREFIX) != 0) {
                if (afterPrefix == -1) {
                    afterPrefix = length < 64 ? prefixEnds(index, buf, start, length) : 0;
                }
                if ((afterPrefix & (1L << p)) != 0) {
                    walk(index, buf, start, length, p, EntryPattern.AFTER_PREFIX, 0, word, m);
                    continue;
                }
            }
            if ((opens & TermIndex.OPENS_ANYWHERE) != 0) {
                walk(index, buf, start, length, p, EntryPattern.ANYWHERE, 0, word, m);
            }
        }
    }

    /** Positions reachable from the start of the word through a chain of prefixes (за-по-, по-на-…), as bits. */
    private static long prefixEnds(TermIndex index, char[] buf, int start, int length) {
        long reached = 1L;
        for (int p = 0; p < length; p++) {
            if ((reached & (1L << p)) == 0) {
                continue;
            }
            int node = CharTrie.ROOT;
            for (int i = p; i < length - 1; i++) {
                node = index.prefixes.child(node, buf[start + i]);
                if (node == CharTrie.NONE) {
                    break;
                }
                if (index.prefixes.payload(node) != null) {
                    reached |= 1L << (i + 1);
                }
            }
        }
        return reached & ~1L;
    }

    /**
     * Follows the trie from {@code from}; a pattern counts if it may begin where the walk began (a walk from a
     * prefix's end reaches {@code ~} and {@code *} roots, one from anywhere only {@code *} roots) and ends at or
     * after {@code minEnd}.
     */
    private static void walk(TermIndex index, char[] buf, int start, int length, int from, int reachedAs, int minEnd,
            int word, Matches m) {
        int node = CharTrie.ROOT;
        for (int i = from; i < length; i++) {
            node = index.stems.child(node, buf[start + i]);
            if (node == CharTrie.NONE) {
                return;
            }
            int[] payload = index.stems.payload(node);
            if (payload != null && i >= minEnd) {
                boolean atEnd = i == length - 1;
                for (int p : payload) {
                    if (reachedAs <= TermIndex.modeOf(p) && (TermIndex.isOpen(p) || atEnd)) {
                        m.add(TermIndex.termOf(p), word);
                    }
                }
            }
        }
    }
}
