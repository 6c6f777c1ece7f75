package org.socialdesk.moderation.classifier.internal;

import java.util.Arrays;

/**
 * One text after normalisation: its words as look-up keys back to back in one buffer, where each word was in
 * the text, and the whole-text signals the spam rules need. Built fresh for each call so that the classifier
 * stays thread-safe without thread-locals (which would pin the bundle's class loader in pooled threads).
 */
final class WordScan {

    /**
     * The word is written in Latin letters only; {@link #altStart} may hold its look-alike Cyrillic reading.
     * (For a Russian word, {@link #altStart} may hold a reading with {@code @} and {@code $} as hidden letters.)
     */
    static final byte LATIN = 1;
    /** The word has letters hidden behind {@code *}. */
    static final byte MASKED = 2;
    /** The word has a letter twice in a row; emphasis (сукаа) or spelling (ссать), the matcher tries both. */
    static final byte DOUBLES = 4;
    /** A Russian word (it has Cyrillic letters). */
    static final byte RUSSIAN = 8;
    /** Latin letters stand in for Cyrillic ones inside the Russian word, switching back and forth (пpивeт). */
    static final byte MIXED_SCRIPT = 16;
    /** The Russian word is disguised with letters of other scripts (ᴨᴩивет). */
    static final byte LOOKALIKE_GLYPHS = 32;
    /** A single letter, or a word glued to the next by punctuation: maybe a piece of a cut-up word (бл.ять). */
    static final byte PIECE = 64;

    final String text;
    char[] chars;
    int used;
    int count;
    /** Per word, {@link #STRIDE} ints: key start and length, alternative reading start and length, raw span. */
    private int[] words;
    byte[] flags;

    int links;
    int mentions;
    int hashtags;
    int phones;
    int moneyAmounts;
    String firstLink;

    /** Counts of words by flag, see {@link #tally}. */
    int russianWords;
    int latinWords;
    int mixedScriptWords;
    int lookalikeWords;
    int pieces;

    private static final int STRIDE = 6;

    WordScan(String text) {
        this.text = text;
        this.chars = new char[text.length() + 16];
        // a word takes six characters with its space, on average; arrays grow if a text has more
        int expected = text.length() / 6 + 4;
        this.words = new int[expected * STRIDE];
        this.flags = new byte[expected];
    }

    char[] room(int needed) {
        if (used + needed > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + needed));
        }
        return chars;
    }

    void addWord(int start, int length, int alt, int altLen, int from, int to, byte wordFlags) {
        if (count == flags.length) {
            words = Arrays.copyOf(words, words.length * 2);
            flags = Arrays.copyOf(flags, flags.length * 2);
        }
        int at = count * STRIDE;
        words[at] = start;
        words[at + 1] = length;
        words[at + 2] = alt;
        words[at + 3] = altLen;
        words[at + 4] = from;
        words[at + 5] = to;
        flags[count] = wordFlags;
        count++;
    }

    int keyStart(int word) {
        return words[word * STRIDE];
    }

    int keyLength(int word) {
        return words[word * STRIDE + 1];
    }

    /** Where the word's alternative reading starts in {@link #chars}, if {@link #altLength} is not 0. */
    int altStart(int word) {
        return words[word * STRIDE + 2];
    }

    int altLength(int word) {
        return words[word * STRIDE + 3];
    }

    /** Where the word starts in {@link #text}. */
    int rawStart(int word) {
        return words[word * STRIDE + 4];
    }

    /** Where the word ends in {@link #text}. */
    int rawEnd(int word) {
        return words[word * STRIDE + 5];
    }

    /** Forgets the words from {@code word} on, which turned out to be parts of a web address. */
    void truncate(int word, int charsUsed) {
        count = word;
        used = charsUsed;
    }

    /** Counts the words by flag, once all are in (words forgotten by {@link #truncate} do not count). */
    void tally() {
        for (int w = 0; w < count; w++) {
            byte f = flags[w];
            russianWords += (f & RUSSIAN) != 0 ? 1 : 0;
            latinWords += (f & LATIN) != 0 ? 1 : 0;
            mixedScriptWords += (f & MIXED_SCRIPT) != 0 ? 1 : 0;
            lookalikeWords += (f & LOOKALIKE_GLYPHS) != 0 ? 1 : 0;
            pieces += (f & PIECE) != 0 ? 1 : 0;
        }
    }

    boolean has(int word, byte flag) {
        return (flags[word] & flag) != 0;
    }

    String key(int word) {
        return new String(chars, keyStart(word), keyLength(word));
    }

}
