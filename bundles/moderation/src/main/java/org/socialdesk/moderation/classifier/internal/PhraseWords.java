package org.socialdesk.moderation.classifier.internal;

import java.util.Arrays;

/**
 * The phrase words other than anchors (и, в, ты, без…) in one text, looked up word by word only when a
 * phrase's anchor made it worth asking, and remembered for the rest of the text.
 */
final class PhraseWords {

    private static final int[] NONE = new int[0];

    private final IndexLayers index;
    private final WordScan scan;
    private int[][] byWord;

    PhraseWords(IndexLayers index, WordScan scan) {
        this.index = index;
        this.scan = scan;
    }

    /** Whether word {@code w} is one of the phrase words {@code slot} (sorted term ids). */
    boolean wordIsAny(int w, int[] slot) {
        for (int id : of(w)) {
            if (Phrase.accepts(slot, id)) {
                return true;
            }
        }
        return false;
    }

    private int[] of(int w) {
        if (byWord == null) {
            byWord = new int[scan.count][];
        }
        if (byWord[w] == null) {
            byWord[w] = lookUp(scan.chars, scan.keyStart(w), scan.keyLength(w));
        }
        return byWord[w];
    }

    /** Whole phrase words and phrase-word beginnings, for the word as written. */
    private int[] lookUp(char[] buf, int start, int length) {
        int[] found = NONE;
        for (TermIndex layer : index.all()) {
            int[] ids = layer.otherPhraseWords.get(buf, start, length);
            if (ids != null) {
                found = concat(found, ids);
            }
            int node = CharTrie.ROOT;
            for (int i = 0; i < length && node != CharTrie.NONE; i++) {
                node = layer.otherPhraseStems.child(node, buf[start + i]);
                int[] payload = node == CharTrie.NONE ? null : layer.otherPhraseStems.payload(node);
                if (payload != null) {
                    for (int p : payload) {
                        if (TermIndex.isOpen(p) || i == length - 1) {
                            found = concat(found, new int[] {TermIndex.termOf(p)});
                        }
                    }
                }
            }
        }
        return found;
    }

    private static int[] concat(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
