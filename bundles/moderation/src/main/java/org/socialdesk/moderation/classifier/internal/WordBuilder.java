package org.socialdesk.moderation.classifier.internal;

import static org.socialdesk.moderation.classifier.internal.Letters.CYRILLIC;
import static org.socialdesk.moderation.classifier.internal.Letters.DIGIT;
import static org.socialdesk.moderation.classifier.internal.Letters.LATIN;
import static org.socialdesk.moderation.classifier.internal.Letters.LOOKALIKE;
import static org.socialdesk.moderation.classifier.internal.Letters.MASK;
import static org.socialdesk.moderation.classifier.internal.Letters.OTHER_LETTER;
import static org.socialdesk.moderation.classifier.internal.Letters.SYMBOL;

import java.util.Arrays;

/**
 * Collects the characters of one word and, when the word ends, decides how to read it: a Russian word has
 * its Latin look-alikes, digits and symbols read as Cyrillic letters; a Latin word keeps Latin letters (with
 * digits read as Latin ones) and gets a second, look-alike Cyrillic reading if every letter has one.
 */
final class WordBuilder {

    private final WordScan scan;

    private char[] original = new char[16];
    private byte[] kinds = new byte[16];
    private int start;
    private int length;
    private int rawStart;
    private int rawEnd;
    private int cyrillic;
    private int latin;
    private int digits;
    private int symbols;
    private int lookalikes;
    private int otherLetters;
    private int masks;
    /** Changes between Cyrillic and Latin letters inside the word: пpивeт has four, iPhone-ы none. */
    private int scriptSwitches;
    private int lastScript;
    /** Latin letters other than i, which Ukrainians type for і. */
    private int disguisingLatin;
    private boolean doubles;
    /** A Cyrillic run was added without recording its kinds; {@link #append} records them if the word goes on. */
    private boolean kindsPending;

    WordBuilder(WordScan scan) {
        this.scan = scan;
    }

    boolean isEmpty() {
        return length == 0;
    }

    int letters() {
        return cyrillic + latin + lookalikes + otherLetters;
    }

    /** Adds character {@code c} of kind {@code kind} found at {@code i} in the text. */
    void append(char c, byte kind, int i) {
        if (kindsPending) {
            if (length > kinds.length) {
                original = Arrays.copyOf(original, length * 2);
                kinds = Arrays.copyOf(kinds, length * 2);
            }
            Arrays.fill(kinds, 0, length, CYRILLIC);
            kindsPending = false;
        }
        if (length == 0) {
            start = scan.used;
            rawStart = i;
        }
        char[] buf = scan.room(length + 1);
        if (length == original.length) {
            original = Arrays.copyOf(original, length * 2);
            kinds = Arrays.copyOf(kinds, length * 2);
        }
        char folded = Letters.fold(c);
        rawEnd = i + 1;
        if (length >= 2 && kind == kinds[length - 1] && kind == kinds[length - 2] && kind != MASK
                && folded == buf[start + length - 1] && folded == buf[start + length - 2]) {
            // a third letter of a run (хуууй) adds nothing; see Tokenizer.capRuns
            return;
        }
        doubles |= length > 0 && folded == buf[start + length - 1];
        buf[start + length] = folded;
        original[length] = c;
        kinds[length] = kind;
        length++;
        scan.used = start + length;
        trackScript(kind, c);
        switch (kind) {
            case CYRILLIC: cyrillic++; break;
            case LATIN: latin++; break;
            case DIGIT: digits++; break;
            case LOOKALIKE: lookalikes++; break;
            case MASK: masks++; break;
            case OTHER_LETTER: otherLetters++; break;
            case SYMBOL: symbols++; break;
            default: break;
        }
    }

    /**
     * Starts a word with the run of plain Cyrillic letters at {@code text[from…]}, folded in one tight loop:
     * most words are nothing else, and this is several times faster than {@link #append} per character.
     *
     * @return where the run ends; if the word goes on there (a digit, a Latin letter, an accent), the caller
     *         continues with {@link #append}
     */
    int startWithCyrillicRun(char[] text, int from, int n) {
        start = scan.used;
        rawStart = from;
        char[] buf = scan.room(n - from);
        int at = start;
        char previous = 0;
        int run = 0;
        int i = from;
        for (; i < n; i++) {
            char c = text[i];
            if (Letters.kind(c) != CYRILLIC) {
                break;
            }
            char folded = Letters.fold(c);
            if (folded == previous) {
                // a third letter of a run (хуууй) adds nothing; see Tokenizer.capRuns
                if (++run > 2) {
                    continue;
                }
                doubles = true;
            } else {
                run = 1;
                previous = folded;
            }
            buf[at++] = folded;
        }
        length = at - start;
        rawEnd = i;
        scan.used = at;
        cyrillic = length;
        lastScript = 1;
        kindsPending = true;
        return i;
    }

    /** A combining breve after и makes й, as in a decomposed "й" (и + U+0306). */
    void addBreve() {
        if (length > 0 && scan.chars[start + length - 1] == 'и') {
            scan.chars[start + length - 1] = 'й';
        }
    }

    /**
     * Ends the word, if one was begun, and adds it to the scan (a run of digits or symbols alone is no word).
     *
     * @param gluedToNext the character after the word is punctuation, not space: the word may be a piece of
     *                    a cut-up one (бл.ять) that the {@link Joiner} tries to rebuild
     */
    void end(boolean gluedToNext) {
        if (length == 0) {
            return;
        }
        byte piece = length == 1 || gluedToNext ? WordScan.PIECE : 0;
        int letters = letters();
        if (letters == 0) {
            scan.used = start;
        } else if (cyrillic + lookalikes > 0) {
            endRussianWord(letters, piece);
        } else if (latin > 0) {
            endLatinWord(letters, piece);
        } else {
            byte flags = (byte) (piece | (masks > 0 ? WordScan.MASKED : 0) | (doubles ? WordScan.DOUBLES : 0));
            scan.addWord(start, length, 0, 0, rawStart, rawEnd, flags);
        }
        length = 0;
        cyrillic = latin = digits = symbols = lookalikes = otherLetters = masks = 0;
        scriptSwitches = lastScript = disguisingLatin = 0;
        doubles = false;
        kindsPending = false;
    }

    /** Latin i is left out: Ukrainians type it for і, which is no disguise. */
    private void trackScript(byte kind, char c) {
        int script = kind == CYRILLIC || kind == LOOKALIKE ? 1 : kind == LATIN && c != 'i' && c != 'I' ? 2 : 0;
        if (script != 0) {
            if (lastScript != 0 && script != lastScript) {
                scriptSwitches++;
            }
            if (script == 2) {
                disguisingLatin++;
            }
            lastScript = script;
        }
    }

    private void endRussianWord(int letters, byte piece) {
        if (latin + digits + symbols + masks + lookalikes == 0) {
            // the common word: nothing to read differently, nothing to count as a disguise
            byte flags = (byte) (piece | WordScan.RUSSIAN | (doubles ? WordScan.DOUBLES : 0));
            scan.addWord(start, length, start + length, 0, rawStart, rawEnd, flags);
            return;
        }
        char[] buf = symbols > 0 ? scan.room(length) : scan.chars;
        boolean remapped = latin + digits + symbols > 0;
        // "2х" or "10к" are numbers with a unit, not disguised letters
        boolean digitsAreLetters = letters >= 2 && digits <= letters;
        for (int j = 0; remapped && j < length; j++) {
            byte kind = kinds[j];
            if (kind == LATIN || kind == SYMBOL || (kind == DIGIT && digitsAreLetters)) {
                char imitated = Letters.imitated(original[j]);
                if (imitated != 0) {
                    buf[start + j] = imitated;
                }
            }
        }
        byte flags = (byte) (piece | WordScan.RUSSIAN);
        // a disguise switches scripts inside the word, more than once and with more than one letter (кpиптo);
        // a Latin run glued to a Cyrillic one ("вtelegram") or one stray letter ("сказалиnДо", a lost line
        // break) is not one
        if (scriptSwitches >= 2 && disguisingLatin >= 2 && cyrillic + lookalikes >= 2) {
            flags |= WordScan.MIXED_SCRIPT;
        }
        if (lookalikes > 0 && cyrillic > 0) {
            flags |= WordScan.LOOKALIKE_GLYPHS;
        }
        if (masks > 0) {
            flags |= WordScan.MASKED;
        }
        int alt = start + length;
        int altLength = 0;
        if (symbols > 0) {
            // a second reading with @ and $ as hidden letters: "п@дла" writes а, but "с@ка" hides у
            for (int j = 0; j < length; j++) {
                buf[alt + j] = kinds[j] == SYMBOL ? '*' : buf[start + j];
            }
            altLength = Tokenizer.capRuns(buf, alt, length, 2);
        }
        int keyLength = remapped ? Tokenizer.capRuns(buf, start, length, 2) : length;
        if (remapped ? Tokenizer.hasDoubles(buf, start, keyLength) : doubles) {
            flags |= WordScan.DOUBLES;
        }
        if (altLength > 0) {
            System.arraycopy(buf, alt, buf, start + keyLength, altLength);
        }
        scan.used = start + keyLength + altLength;
        scan.addWord(start, keyLength, start + keyLength, altLength, rawStart, rawEnd, flags);
    }

    private void endLatinWord(int letters, byte piece) {
        boolean digitsAreLetters = letters >= 2 && digits <= letters;
        char[] buf = scan.room(length);
        boolean imitatesRussian = true;
        int alt = start + length;
        for (int j = 0; j < length; j++) {
            byte kind = kinds[j];
            char imitated = kind == DIGIT && !digitsAreLetters ? 0 : Letters.imitated(original[j]);
            imitatesRussian &= imitated != 0 || kind == MASK;
            buf[alt + j] = kind == MASK ? '*' : imitated;
            if (kind == SYMBOL || (kind == DIGIT && digitsAreLetters)) {
                buf[start + j] = latinLeet(original[j]);
            }
        }
        int keyLength = digits + symbols > 0 ? Tokenizer.capRuns(buf, start, length, 2) : length;
        int altStart = start + keyLength;
        int altLength = 0;
        if (imitatesRussian) {
            System.arraycopy(buf, alt, buf, altStart, length);
            altLength = Tokenizer.capRuns(buf, altStart, length, 2);
        }
        scan.used = altStart + altLength;
        byte flags = (byte) (piece | WordScan.LATIN);
        if (masks > 0) {
            flags |= WordScan.MASKED;
        }
        if (Tokenizer.hasDoubles(buf, start, keyLength)) {
            flags |= WordScan.DOUBLES;
        }
        scan.addWord(start, keyLength, altStart, altLength, rawStart, rawEnd, flags);
    }

    private static char latinLeet(char c) {
        switch (c) {
            case '0': return 'o';
            case '1': return 'i';
            case '3': return 'e';
            case '4': return 'a';
            case '5': return 's';
            case '7': return 't';
            case '@': return 'a';
            case '$': return 's';
            default: return c;
        }
    }
}
