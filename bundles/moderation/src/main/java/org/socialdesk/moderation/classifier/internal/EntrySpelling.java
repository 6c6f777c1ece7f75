package org.socialdesk.moderation.classifier.internal;

import java.util.StringJoiner;

/**
 * How the normaliser reads a word-list entry a person typed, so that an organisation's list can be checked before
 * it is saved: which characters the reading of comments would drop or break words at, and the key under which two
 * spellings are the same entry (case, ё, look-alike letters).
 */
public final class EntrySpelling {

    private EntrySpelling() {
    }

    /**
     * The index of the first character that comments lose when they are read (punctuation, accents, invisible
     * characters), or -1. Spaces separate the words of a phrase and a hyphen the parts of a word, as in comments;
     * {@code *} is the entry syntax's and is left to the caller.
     */
    public static int firstErased(String entry) {
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            byte kind = Letters.kind(c);
            if (kind == Letters.IGNORABLE || kind == Letters.SEPARATOR && c != '-') {
                return i;
            }
        }
        return -1;
    }

    /** The entry's words as the classifier looks them up, one space apart; a closing {@code *} is kept. */
    public static String key(String entry) {
        String stripped = entry.strip();
        boolean open = stripped.endsWith("*");
        WordScan scan = Tokenizer.scan(open ? stripped.substring(0, stripped.length() - 1) : stripped);
        StringJoiner words = new StringJoiner(" ");
        for (int w = 0; w < scan.count; w++) {
            words.add(scan.key(w));
        }
        return words + (open ? "*" : "");
    }
}
