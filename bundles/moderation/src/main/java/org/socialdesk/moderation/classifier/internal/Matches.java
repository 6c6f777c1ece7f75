package org.socialdesk.moderation.classifier.internal;

import java.util.Arrays;

/**
 * What one text matched: pairs of (term id, word index), grouped by word, plus the scratch buffers the
 * matcher writes alternative spellings into. Words joined from pieces (х.у.й) get negative word indexes.
 */
final class Matches {

    int[] terms = new int[16];
    int[] words = new int[16];
    /** The last word a match covers: the word itself, or the end of a phrase. */
    int[] lastWords = new int[16];
    int count;
    /** {@code firstOfWord[w]} is where the matches of word {@code w} start; one past the last word too. */
    int[] firstOfWord;
    private int groupStart;

    /** The words each rebuilt candidate was made of: candidate {@code -1 - k} spans these two. */
    private int[] candidateFirst;
    private int[] candidateLast;
    private int candidates;

    char[] single;
    char[] translit;
    char[] unmasked;
    char[] joined;

    Matches(int wordCount) {
        firstOfWord = new int[wordCount + 1];
    }

    /** Starts the matches of one word (or one joined candidate); duplicates are dropped within it. */
    void startGroup() {
        groupStart = count;
    }

    void add(int term, int word) {
        addSpan(term, word, word);
    }

    void addSpan(int term, int word, int lastWord) {
        for (int i = groupStart; i < count; i++) {
            if (terms[i] == term) {
                return;
            }
        }
        if (count == terms.length) {
            terms = Arrays.copyOf(terms, count * 2);
            words = Arrays.copyOf(words, count * 2);
            lastWords = Arrays.copyOf(lastWords, count * 2);
        }
        terms[count] = term;
        words[count] = word;
        lastWords[count] = lastWord;
        count++;
    }

    /** Registers a word rebuilt from words {@code first..last} and returns the (negative) index it goes by. */
    int newCandidate(int first, int last) {
        if (candidateFirst == null) {
            candidateFirst = new int[4];
            candidateLast = new int[4];
        } else if (candidates == candidateFirst.length) {
            candidateFirst = Arrays.copyOf(candidateFirst, candidates * 2);
            candidateLast = Arrays.copyOf(candidateLast, candidates * 2);
        }
        candidateFirst[candidates] = first;
        candidateLast[candidates] = last;
        return -1 - candidates++;
    }

    /** The first word in the text behind {@code word}, which may be a rebuilt candidate. */
    int firstWordOf(int word) {
        return word >= 0 ? word : candidateFirst[-1 - word];
    }

    /** The last word in the text behind match {@code i}: a phrase's last word, a candidate's last piece. */
    int lastWordOf(int i) {
        return words[i] >= 0 ? lastWords[i] : candidateLast[-1 - words[i]];
    }

    /** {@code buffer} if it holds {@code length} chars, else a larger one; scratch is made on first need. */
    static char[] fit(char[] buffer, int length) {
        if (buffer != null && buffer.length >= length) {
            return buffer;
        }
        return new char[Math.max(32, Math.max(length, buffer == null ? 0 : buffer.length * 2))];
    }
}
