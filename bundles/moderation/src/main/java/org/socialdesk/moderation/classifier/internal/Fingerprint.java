package org.socialdesk.moderation.classifier.internal;

/**
 * Identifies "the same text" for the repeated-text rule: the normalised words, so that case, look-alike
 * letters, punctuation and emoji do not make a copy look new.
 */
public final class Fingerprint {

    /** Shorter texts ("спасибо", "+1") repeat innocently; only longer ones count. */
    private static final int MIN_LETTERS = 20;

    private Fingerprint() {
    }

    /** A 64-bit fingerprint of {@code text}, or 0 if it is too short to tell copying from coincidence. */
    public static long of(String text) {
        WordScan scan = Tokenizer.scan(text);
        long hash = 0xcbf29ce484222325L;
        int letters = 0;
        for (int w = 0; w < scan.count; w++) {
            for (int i = scan.keyStart(w), end = i + scan.keyLength(w); i < end; i++) {
                hash = (hash ^ scan.chars[i]) * 0x100000001b3L;
            }
            hash = (hash ^ ' ') * 0x100000001b3L;
            letters += scan.keyLength(w);
        }
        return letters < MIN_LETTERS || hash == 0 ? 0 : hash;
    }
}
