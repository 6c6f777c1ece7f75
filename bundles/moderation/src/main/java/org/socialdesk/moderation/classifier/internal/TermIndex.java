package org.socialdesk.moderation.classifier.internal;

import java.util.List;

/**
 * Word lists compiled for look-up (by {@link LexiconCompiler}): whole words in a hash table, stems and roots in
 * a trie, phrases indexed by their first word, and what the hot path needs of each term in flat arrays
 * ({@link Term} objects are scattered over the heap, and reading one per matched word costs a cache miss).
 * Its term ids run from {@link #firstId()}, so that an organisation's index can sit over a shared base one
 * (see {@link IndexLayers}). Immutable once built, so one index serves any number of threads.
 */
final class TermIndex {

    static final int NO_CATEGORY = -1;

    /** Bits of {@link #openings}: a root after a prefix, or anywhere, may begin with these two letters. */
    static final byte OPENS_AFTER_PREFIX = 1;
    static final byte OPENS_ANYWHERE = 2;
    private static final int OPENING_BITS = 13;

    final KeyTable exact;
    /** Stems and roots; each payload is a term id with the pattern's mode and openness, see {@link #payload}. */
    final CharTrie stems;
    final CharTrie prefixes;
    final KeyTable allowedWords;
    final CharTrie allowedStems;
    /**
     * Two-letter openings of the roots that may start inside a word: most positions of most words open no root,
     * so they need neither a prefix check nor a trie walk.
     */
    final byte[] openings;
    /**
     * Phrase words other than anchors: looked up only around an anchor found in the text (see {@link Phrase}),
     * as whole words or word beginnings.
     */
    final KeyTable otherPhraseWords;
    final CharTrie otherPhraseStems;

    private final int firstId;
    private final List<Term> terms;
    private final byte[] categoryOf;
    private final double[] weightOf;
    private final boolean[] supplementaryOf;
    private final Phrase[][] phrasesWithAnchor;
    private final long[] anchorsPhrase;

    /** @param phrasesWithAnchor by term id less {@code firstId} */
    TermIndex(int firstId, List<Term> terms, KeyTable exact, CharTrie stems, CharTrie prefixes,
            KeyTable allowedWords, CharTrie allowedStems, byte[] openings, KeyTable otherPhraseWords,
            CharTrie otherPhraseStems, Phrase[][] phrasesWithAnchor) {
        this.firstId = firstId;
        this.terms = List.copyOf(terms);
        this.exact = exact;
        this.stems = stems;
        this.prefixes = prefixes;
        this.allowedWords = allowedWords;
        this.allowedStems = allowedStems;
        this.openings = openings;
        this.otherPhraseWords = otherPhraseWords;
        this.otherPhraseStems = otherPhraseStems;
        this.phrasesWithAnchor = phrasesWithAnchor;
        int n = terms.size();
        categoryOf = new byte[n];
        weightOf = new double[n];
        supplementaryOf = new boolean[n];
        anchorsPhrase = new long[(n >>> 6) + 1];
        for (Term term : terms) {
            int i = term.id() - firstId;
            categoryOf[i] = (byte) (term.isPhraseElement() ? NO_CATEGORY : term.category().ordinal());
            weightOf[i] = term.weight();
            supplementaryOf[i] = term.supplementary();
            if (phrasesWithAnchor[i] != null) {
                anchorsPhrase[i >>> 6] |= 1L << i;
            }
        }
    }

    static byte[] newOpenings() {
        return new byte[1 << OPENING_BITS];
    }

    /** A small hash of two letters; a collision only costs a walk that finds nothing. */
    static int opening(char first, char second) {
        return ((first * 31) ^ second) & ((1 << OPENING_BITS) - 1);
    }

    /** Packs a stem's term id with where it may begin and whether anything may follow it. */
    static int payload(int termId, int mode, boolean open) {
        return termId << 3 | mode << 1 | (open ? 1 : 0);
    }

    static int termOf(int payload) {
        return payload >>> 3;
    }

    static int modeOf(int payload) {
        return (payload >>> 1) & 3;
    }

    static boolean isOpen(int payload) {
        return (payload & 1) != 0;
    }

    int firstId() {
        return firstId;
    }

    /** One past the last term id of this index. */
    int endId() {
        return firstId + terms.size();
    }

    Term term(int id) {
        return terms.get(id - firstId);
    }

    /** The ordinal of the term's category, or {@link #NO_CATEGORY} for a phrase element. */
    int category(int id) {
        return categoryOf[id - firstId];
    }

    double weight(int id) {
        return weightOf[id - firstId];
    }

    boolean supplementary(int id) {
        return supplementaryOf[id - firstId];
    }

    boolean anchorsPhrase(int id) {
        int i = id - firstId;
        return (anchorsPhrase[i >>> 6] & (1L << i)) != 0;
    }

    Phrase[] phrasesWithAnchor(int id) {
        return phrasesWithAnchor[id - firstId];
    }

    boolean isAllowed(char[] buf, int start, int length) {
        if (allowedWords.get(buf, start, length) != null) {
            return true;
        }
        int node = CharTrie.ROOT;
        for (int i = 0; i < length; i++) {
            node = allowedStems.child(node, buf[start + i]);
            if (node == CharTrie.NONE) {
                return false;
            }
            if (allowedStems.payload(node) != null) {
                return true;
            }
        }
        return false;
    }
}
