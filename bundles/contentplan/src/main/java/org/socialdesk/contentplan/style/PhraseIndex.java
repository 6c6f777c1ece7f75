package org.socialdesk.contentplan.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every phrase of a rule list in the words of a draft. Phrases are indexed by their first word
 * (form or stem), so each word of the draft costs a few hash look-ups however many rules there are.
 *
 * @param <T> what a phrase stands for (a rule, an allow-list entry)
 */
final class PhraseIndex<T> {

    record Match<T>(T value, int start, int end) {
    }

    private record Entry<T>(Phrase phrase, T value) {
    }

    private final Map<String, List<Entry<T>>> byForm = new HashMap<>();
    private final Map<String, List<Entry<T>>> byPrefix = new HashMap<>();
    private int longestPrefix;

    void add(Phrase phrase, T value) {
        Entry<T> entry = new Entry<>(phrase, value);
        if (phrase.first() instanceof Phrase.Stem stem) {
            byPrefix.computeIfAbsent(stem.prefix(), k -> new ArrayList<>()).add(entry);
            longestPrefix = Math.max(longestPrefix, stem.prefix().length());
        } else if (phrase.first() instanceof Phrase.Forms forms) {
            forms.forms().forEach(f -> byForm.computeIfAbsent(f, k -> new ArrayList<>()).add(entry));
        }
    }

    /** Matches in text order; words are consecutive only if separated by whitespace, never across punctuation. */
    List<Match<T>> find(String text, List<Word> words) {
        List<Match<T>> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String form = words.get(i).form();
            tryAll(byForm.getOrDefault(form, List.of()), text, words, i, matches);
            for (int k = Phrase.MIN_STEM; k <= Math.min(form.length(), longestPrefix); k++) {
                tryAll(byPrefix.getOrDefault(form.substring(0, k), List.of()), text, words, i, matches);
            }
        }
        return matches;
    }

    private void tryAll(List<Entry<T>> entries, String text, List<Word> words, int at, List<Match<T>> out) {
        for (Entry<T> entry : entries) {
            int last = matchFrom(entry.phrase(), text, words, at);
            if (last >= 0) {
                out.add(new Match<>(entry.value(), words.get(at).start(), words.get(last).end()));
            }
        }
    }

    private static int matchFrom(Phrase phrase, String text, List<Word> words, int at) {
        List<Phrase.Token> tokens = phrase.tokens();
        if (at + tokens.size() > words.size()) {
            return -1;
        }
        for (int t = 0; t < tokens.size(); t++) {
            Word word = words.get(at + t);
            if (!tokens.get(t).matches(word.form())) {
                return -1;
            }
            if (t > 0 && !onlySpaceBetween(text, words.get(at + t - 1).end(), word.start())) {
                return -1;
            }
        }
        return at + tokens.size() - 1;
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
