package org.socialdesk.moderation.classifier.internal;

import java.util.Arrays;

import org.socialdesk.moderation.classifier.Category;

/**
 * Turns the matched terms of a text into evidence. Per word, a supplementary list only counts if no curated
 * list recognised the word, and only the heaviest term of each category counts (one word spelled three ways
 * is still one word). Across the text each term counts once, so a repeated word is not a stronger case.
 */
final class WordEvidence {

    private static final int CATEGORIES = Category.values().length;

    private WordEvidence() {
    }

    static void collect(IndexLayers index, WordScan scan, Matches m, Scorecard card) {
        if (m.count == 0) {
            return;
        }
        Counted counted = new Counted();
        int groupStart = 0;
        for (int i = 1; i <= m.count; i++) {
            // a group is one word, one rebuilt word or one phrase span (which starts at a word but is not it)
            if (i == m.count || m.words[i] != m.words[groupStart] || m.lastWords[i] != m.lastWords[groupStart]) {
                collectGroup(index, scan, m, groupStart, i, counted, card);
                groupStart = i;
            }
        }
    }

    private static void collectGroup(IndexLayers index, WordScan scan, Matches m, int from, int to,
            Counted counted, Scorecard card) {
        boolean curated = false;
        boolean categorised = false;
        for (int i = from; i < to; i++) {
            int id = m.terms[i];
            if (index.category(id) != TermIndex.NO_CATEGORY) {
                categorised = true;
                curated |= !index.supplementary(id);
            }
        }
        if (!categorised) {
            return;
        }
        int[] best = new int[CATEGORIES];
        Arrays.fill(best, -1);
        for (int i = from; i < to; i++) {
            int id = m.terms[i];
            int category = index.category(id);
            if (category == TermIndex.NO_CATEGORY || (curated && index.supplementary(id))) {
                continue;
            }
            if (best[category] < 0 || index.weight(id) > index.weight(best[category])) {
                best[category] = id;
            }
        }
        int first = m.firstWordOf(m.words[from]);
        for (int id : best) {
            if (id >= 0 && counted.add(id)) {
                Term term = index.term(id);
                String written = scan.text.substring(scan.rawStart(first), scan.rawEnd(lastWord(m, from, id)));
                card.add(term.category(), term.weight(), describe(term, written));
            }
        }
    }

    /** Term ids already counted in this text; a handful at most, so a plain array beats a hash set. */
    private static final class Counted {
        private int[] ids = new int[8];
        private int size;

        boolean add(int id) {
            for (int i = 0; i < size; i++) {
                if (ids[i] == id) {
                    return false;
                }
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
            return true;
        }
    }

    private static int lastWord(Matches m, int from, int id) {
        int i = from;
        while (m.terms[i] != id) {
            i++;
        }
        return m.lastWordOf(i);
    }

    /**
     * "topic, «as written» — entry": what was found and which list entry found it, so that whoever edits the
     * lists can see why. Long entries (phrases with many alternatives) are left out; the text says enough.
     */
    private static String describe(Term term, String written) {
        StringBuilder reason = new StringBuilder();
        if (!term.topic().isEmpty()) {
            reason.append(term.topic()).append(", ");
        }
        String label = term.label();
        reason.append('«').append(written).append('»');
        if (!written.equalsIgnoreCase(label) && label.length() <= MAX_LABEL) {
            reason.append(" — ").append(label);
        }
        return reason.toString();
    }

    private static final int MAX_LABEL = 40;
}
