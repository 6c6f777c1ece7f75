package org.socialdesk.moderation.classifier.internal;

import java.util.Arrays;

/**
 * Words that count only together ("без вложений", "пиши в лс", "ты ... козёл"). A phrase is looked for from
 * its anchor, the position with the rarest words (лс, вложений, козёл rather than в, без, ты): only anchor
 * words are matched in every text, the others are looked up around an anchor once one is found.
 */
final class Phrase {

    /** A slot standing for up to {@link #MAX_GAP} other words ("..." in a list). */
    static final int[] GAP = new int[0];
    static final int MAX_GAP = 3;

    private final int[][] slots;
    private final int anchor;
    private final Term term;

    /**
     * @param slots  for each position, the sorted term ids of the words accepted there (an entry's alternatives
     *               for one position share a slot, so "(ты|вы) ... (козёл|баран)" is one phrase, not four);
     *               {@link #GAP} for "..."
     * @param anchor the position to look for first
     * @param term   the term reported when the whole phrase is found
     */
    Phrase(int[][] slots, int anchor, Term term) {
        if (slots[0] == GAP || slots[slots.length - 1] == GAP) {
            throw new IllegalArgumentException("a phrase cannot begin or end with ...: " + term.label());
        }
        this.slots = slots;
        this.anchor = anchor;
        this.term = term;
    }

    int[][] slots() {
        return slots;
    }

    int anchor() {
        return anchor;
    }

    Term term() {
        return term;
    }

    static boolean accepts(int[] slot, int termId) {
        return Arrays.binarySearch(slot, termId) >= 0;
    }
}
