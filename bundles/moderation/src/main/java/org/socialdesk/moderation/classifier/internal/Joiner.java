package org.socialdesk.moderation.classifier.internal;

/**
 * Rebuilds words that were cut into pieces to slip past a filter: letters spaced or dotted out (х у й, х.у.й,
 * х-у-й), a word split once (бл.ять, пи-дор) and letters left out behind dots (х..й, на...уй, which are read
 * as one hidden letter). The rebuilt words are matched as extra candidates; the pieces keep their own
 * matches.
 */
final class Joiner {

    /** Longest run of single letters worth joining; longer runs are tried in windows of this size. */
    private static final int MAX_LETTERS = 10;
    private static final int SHORT_PIECE = 3;

    private final SpellingLookup lookup;
    private final WordScan scan;
    private final Matches m;

    Joiner(SpellingLookup lookup, WordScan scan, Matches m) {
        this.lookup = lookup;
        this.scan = scan;
        this.m = m;
    }

    void joinPieces() {
        int w = 0;
        while (w < scan.count) {
            int end = w;
            while (end < scan.count && scan.keyLength(end) == 1
                    && (end == w || scan.rawStart(end) - scan.rawEnd(end - 1) <= 2)) {
                end++;
            }
            if (end - w >= 3) {
                joinLetters(w, end);
                w = end;
                continue;
            }
            if (w + 1 < scan.count && splitOnce(w)) {
                joinTwo(w, 0);
            } else if (w + 1 < scan.count && dottedOut(w)) {
                joinTwo(w, 1);
            }
            w++;
        }
    }

    /** Every window of three or more letters in a run, so that "и х у й" still yields хуй. */
    private void joinLetters(int from, int to) {
        for (int a = from; a <= to - 3; a++) {
            for (int b = a + 3; b <= Math.min(to, a + MAX_LETTERS); b++) {
                m.joined = Matches.fit(m.joined, b - a);
                for (int i = a; i < b; i++) {
                    m.joined[i - a] = letterOf(i);
                }
                match(b - a, a, b - 1);
            }
        }
    }

    private char letterOf(int word) {
        return scan.altLength(word) > 0 ? scan.chars[scan.altStart(word)] : scan.chars[scan.keyStart(word)];
    }

    /** One splitter between two words; a dot only next to a short piece, since "слово.Слово" is a typo. */
    private boolean splitOnce(int w) {
        int gap = scan.rawStart(w + 1) - scan.rawEnd(w);
        if (gap != 1 || scan.has(w, WordScan.LATIN) || scan.has(w + 1, WordScan.LATIN)) {
            return false;
        }
        char splitter = scan.text.charAt(scan.rawEnd(w));
        if (splitter == '.') {
            return Math.min(scan.keyLength(w), scan.keyLength(w + 1)) <= SHORT_PIECE;
        }
        return isSplitter(splitter);
    }

    private static boolean isSplitter(char c) {
        return c == '-' || c == '_' || c == '|' || c == '/' || c == '\\';
    }

    /**
     * Two or more dots and nothing else between two short pieces: "х..й", "на...уй", "отпи..ть". Longer
     * pieces are words with an ellipsis between them ("ну...это"), too common to try every hidden letter.
     */
    private boolean dottedOut(int w) {
        int from = scan.rawEnd(w);
        int to = scan.rawStart(w + 1);
        if (to - from < 2 || scan.has(w, WordScan.LATIN) || scan.has(w + 1, WordScan.LATIN)
                || Math.max(scan.keyLength(w), scan.keyLength(w + 1)) > SHORT_PIECE + 1) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = scan.text.charAt(i);
            if (c != '.' && c != '…') {
                return false;
            }
        }
        return true;
    }

    /** The two words as one, with {@code hidden} masks between them for letters left out. */
    private void joinTwo(int w, int hidden) {
        int first = scan.keyLength(w);
        int second = scan.keyLength(w + 1);
        m.joined = Matches.fit(m.joined, first + hidden + second);
        System.arraycopy(scan.chars, scan.keyStart(w), m.joined, 0, first);
        for (int i = 0; i < hidden; i++) {
            m.joined[first + i] = '*';
        }
        System.arraycopy(scan.chars, scan.keyStart(w + 1), m.joined, first + hidden, second);
        match(first + hidden + second, w, w + 1);
    }

    /** Matches the rebuilt word in {@code m.joined}, made of the words {@code first..last}. */
    private void match(int length, int first, int last) {
        int joinedLength = Tokenizer.capRuns(m.joined, 0, length, 2);
        int candidate = m.newCandidate(first, last);
        m.startGroup();
        if (hasMask(joinedLength)) {
            lookup.matchWholeMasked(m.joined, 0, joinedLength, candidate, m);
        } else {
            lookup.matchSpelling(m.joined, 0, joinedLength, candidate, m, true);
        }
    }

    private boolean hasMask(int length) {
        for (int i = 0; i < length; i++) {
            if (m.joined[i] == '*') {
                return true;
            }
        }
        return false;
    }
}
