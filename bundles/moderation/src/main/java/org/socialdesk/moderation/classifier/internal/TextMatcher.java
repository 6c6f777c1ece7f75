package org.socialdesk.moderation.classifier.internal;

/**
 * Finds every term of the {@link IndexLayers} in a normalised text: each word in each of its readings, the words
 * rebuilt from pieces, then the phrases among the words.
 */
final class TextMatcher {

    private final IndexLayers index;
    private final SpellingLookup lookup;

    TextMatcher(IndexLayers index) {
        this.index = index;
        this.lookup = new SpellingLookup(index);
    }

    Matches match(WordScan scan) {
        Matches m = new Matches(scan.count);
        for (int w = 0; w < scan.count; w++) {
            m.firstOfWord[w] = m.count;
            m.startGroup();
            matchWord(scan, w, m);
        }
        m.firstOfWord[scan.count] = m.count;
        if (scan.pieces > 0) {
            new Joiner(lookup, scan, m).joinPieces();
        }
        matchPhrases(scan, m);
        return m;
    }

    private void matchWord(WordScan scan, int w, Matches m) {
        int start = scan.keyStart(w);
        int length = scan.keyLength(w);
        if ((scan.flags[w] & (WordScan.MASKED | WordScan.DOUBLES)) == 0) {
            lookup.matchPlain(scan.chars, start, length, w, m);
        } else {
            lookup.matchSpelling(scan.chars, start, length, w, m, false);
        }
        if (!scan.has(w, WordScan.LATIN)) {
            if (scan.altLength(w) > 0) {
                lookup.matchSpelling(scan.chars, scan.altStart(w), scan.altLength(w), w, m, true);
            }
            return;
        }
        // in an English text "here" is English, not хере; Russian readings are tried in Russian texts only
        if (scan.russianWords >= scan.latinWords) {
            // a Latin word may be English (spam lists), look-alike letters (xyй) or transliteration (blyat);
            // the Cyrillic readings are guesses, so an English word must not reach a root through a prefix
            if (scan.altLength(w) > 0) {
                lookup.matchSpelling(scan.chars, scan.altStart(w), scan.altLength(w), w, m, true);
            }
            m.translit = Matches.fit(m.translit, length * 2);
            int end = Transliteration.toCyrillic(scan.chars, start, start + length, m.translit, 0);
            int translitLength = Tokenizer.capRuns(m.translit, 0, end, 2);
            lookup.matchSpelling(m.translit, 0, translitLength, w, m, true);
        }
    }

    private void matchPhrases(WordScan scan, Matches m) {
        PhraseWords others = new PhraseWords(index, scan);
        int wordMatches = m.firstOfWord[scan.count];
        for (int i = 0; i < wordMatches; i++) {
            int id = m.terms[i];
            if (!index.anchorsPhrase(id)) {
                continue;
            }
            int w = m.words[i];
            for (Phrase phrase : index.phrasesWithAnchor(id)) {
                int[][] slots = phrase.slots();
                int first = firstWordOf(slots, phrase.anchor() - 1, w - 1, others);
                int last = first < 0 ? -1 : lastWordOf(slots, phrase.anchor() + 1, w + 1, scan.count, others);
                if (last >= 0) {
                    m.startGroup();
                    m.addSpan(phrase.term().id(), first, last);
                }
            }
        }
    }

    /** Where the phrase begins if its slots from {@code k} back to the first match back from word {@code w}. */
    private static int firstWordOf(int[][] slots, int k, int w, PhraseWords others) {
        if (k < 0) {
            return w + 1;
        }
        if (slots[k] == Phrase.GAP) {
            for (int skip = 0; skip <= Phrase.MAX_GAP && w - skip >= -1; skip++) {
                int first = firstWordOf(slots, k - 1, w - skip, others);
                if (first >= 0) {
                    return first;
                }
            }
            return -1;
        }
        return w >= 0 && others.wordIsAny(w, slots[k]) ? firstWordOf(slots, k - 1, w - 1, others) : -1;
    }

    /** Where the phrase ends if its slots from {@code k} on match from word {@code w} on, else -1. */
    private static int lastWordOf(int[][] slots, int k, int w, int words, PhraseWords others) {
        if (k == slots.length) {
            return w - 1;
        }
        if (slots[k] == Phrase.GAP) {
            for (int skip = 0; skip <= Phrase.MAX_GAP && w + skip <= words; skip++) {
                int last = lastWordOf(slots, k + 1, w + skip, words, others);
                if (last >= 0) {
                    return last;
                }
            }
            return -1;
        }
        return w < words && others.wordIsAny(w, slots[k]) ? lastWordOf(slots, k + 1, w + 1, words, others) : -1;
    }
}
