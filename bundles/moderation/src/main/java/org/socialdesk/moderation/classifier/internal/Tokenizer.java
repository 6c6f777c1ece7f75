package org.socialdesk.moderation.classifier.internal;

import static org.socialdesk.moderation.classifier.internal.Letters.CYRILLIC;
import static org.socialdesk.moderation.classifier.internal.Letters.DIGIT;
import static org.socialdesk.moderation.classifier.internal.Letters.IGNORABLE;
import static org.socialdesk.moderation.classifier.internal.Letters.LATIN;
import static org.socialdesk.moderation.classifier.internal.Letters.LOOKALIKE;
import static org.socialdesk.moderation.classifier.internal.Letters.MASK;
import static org.socialdesk.moderation.classifier.internal.Letters.OTHER_LETTER;
import static org.socialdesk.moderation.classifier.internal.Letters.SPACE;
import static org.socialdesk.moderation.classifier.internal.Letters.SYMBOL;

/**
 * Normalises a text into look-up keys in one pass over its characters (the words themselves are read by
 * {@link WordBuilder}): lower case, ё as е, look-alike letters, digits and symbols read as the Cyrillic letters
 * they imitate inside a Russian word, invisible characters dropped, runs of one letter cut to two (the matcher
 * also tries them single). The same pass counts links, mentions, hashtags, phone numbers and money amounts
 * for the spam rules.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static WordScan scan(String text) {
        WordScan scan = new WordScan(text);
        new Pass(text, scan).run();
        scan.tally();
        return scan;
    }

    /**
     * Shortens every run of one letter to at most {@code max} letters in place: 2 keeps real double letters
     * (ссать, ванна) while taming хууууй; 1 gives the spelling to try when doubles were only emphasis
     * (пиздаа). Masks are kept, each stands for a letter.
     *
     * @return the new length
     */
    static int capRuns(char[] buf, int from, int length, int max) {
        int w = from;
        int run = 0;
        for (int r = from, end = from + length; r < end; r++) {
            char c = buf[r];
            run = w > from && buf[w - 1] == c && c != '*' ? run + 1 : 1;
            if (run <= max) {
                buf[w++] = c;
            }
        }
        return w - from;
    }

    static boolean hasDoubles(char[] buf, int from, int length) {
        for (int i = from + 1, end = from + length; i < end; i++) {
            if (buf[i] == buf[i - 1] && buf[i] != '*') {
                return true;
            }
        }
        return false;
    }

    /** The state of one pass over one text. */
    private static final class Pass {
        private final String text;
        /** The text as an array: the loop reads every character, and String.charAt checks each index. */
        private final char[] chars;
        private final int n;
        private final WordScan scan;
        private final WordBuilder word;
        private final PhoneNumbers phones = new PhoneNumbers();

        /** A chunk is a run of non-space characters; an address is one chunk. */
        private int chunkStart = -1;
        private boolean chunkMayBeLink;
        private int chunkFirstWord;
        private int chunkFirstChar;
        private int chunkPhones;

        private int lastDigit = -10;
        private int lastCurrency = -10;

        Pass(String text, WordScan scan) {
            this.text = text;
            this.chars = text.toCharArray();
            this.n = chars.length;
            this.scan = scan;
            this.word = new WordBuilder(scan);
        }

        void run() {
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                byte kind = Letters.kind(c);
                phones.see(chars, i, kind);
                switch (kind) {
                    case SPACE:
                        endWord(i);
                        endChunk(i);
                        break;
                    case CYRILLIC:
                        startChunk(i);
                        if (word.isEmpty()) {
                            // the run's last letter is i; the loop goes on with whatever follows it
                            i = word.startWithCyrillicRun(chars, i, n) - 1;
                        } else {
                            word.append(c, kind, i);
                        }
                        break;
                    case LATIN:
                    case LOOKALIKE:
                    case OTHER_LETTER:
                        startChunk(i);
                        word.append(c, kind, i);
                        break;
                    case DIGIT:
                        startChunk(i);
                        word.append(c, kind, i);
                        if (i - lastCurrency <= 2) {
                            scan.moneyAmounts++;
                        }
                        lastDigit = i;
                        break;
                    case SYMBOL:
                        startChunk(i);
                        if (symbolIsLetter(c, i)) {
                            word.append(c, kind, i);
                        } else {
                            endWord(i);
                            currency(c, i);
                        }
                        break;
                    case MASK:
                        startChunk(i);
                        if (word.letters() > 0 || nextIsLetter(i)) {
                            word.append(c, kind, i);
                        } else {
                            endWord(i);
                        }
                        break;
                    case IGNORABLE:
                        if (c == Letters.COMBINING_BREVE) {
                            word.addBreve();
                        }
                        break;
                    default:
                        startChunk(i);
                        punctuation(c, i);
                        endWord(i);
                        break;
                }
            }
            endWord(n);
            endChunk(n);
            phones.end();
            scan.phones = phones.count();
        }

        private void punctuation(char c, int i) {
            if ((c == '.' || c == '/') && i + 1 < n && Letters.kind(chars[i + 1]) != SPACE) {
                // a dot inside a run of characters, as in site.ru; a dot ending a sentence is no address
                chunkMayBeLink = true;
            } else if (c == '#' && i == chunkStart && nextIsLetter(i)) {
                scan.hashtags++;
            }
            currency(c, i);
        }

        private void endWord(int i) {
            word.end(i < n && Letters.kind(chars[i]) != SPACE);
        }

        private boolean nextIsLetter(int i) {
            if (i + 1 >= n) {
                return false;
            }
            byte kind = Letters.kind(chars[i + 1]);
            return kind == CYRILLIC || kind == LATIN || kind == LOOKALIKE || kind == OTHER_LETTER;
        }

        /** {@code @} and {@code $} are letters inside a word (с@ка, $ука) but a mention or a price elsewhere. */
        private boolean symbolIsLetter(char c, int i) {
            if (c == '@' && i == chunkStart) {
                return false;
            }
            return word.letters() > 0 || nextIsLetter(i);
        }

        private void currency(char c, int i) {
            if (c == '$' || c == '€' || c == '₽' || c == '£' || c == '₸') {
                if (i - lastDigit <= 2) {
                    scan.moneyAmounts++;
                }
                lastCurrency = i;
            }
        }

        private void startChunk(int i) {
            if (chunkStart < 0) {
                chunkStart = i;
                chunkMayBeLink = false;
                chunkFirstWord = scan.count;
                chunkFirstChar = scan.used;
                chunkPhones = phones.count();
            }
        }

        private void endChunk(int end) {
            if (chunkStart < 0) {
                return;
            }
            if (chunkMayBeLink && Links.isLink(text, chunkStart, end)) {
                scan.links++;
                if (scan.firstLink == null) {
                    scan.firstLink = text.substring(chunkStart, end);
                }
                // the parts of an address are not words ("tinyurl", "com" and random ids must not be looked
                // up), nor are its numbers (ok.ru/profile/5612845268…) phone numbers
                scan.truncate(chunkFirstWord, chunkFirstChar);
                phones.forgetSince(chunkPhones);
            } else if (chars[chunkStart] == '@' && end - chunkStart >= 5) {
                scan.mentions++;
            }
            chunkStart = -1;
        }
    }
}
