package org.socialdesk.contentplan.style;

/**
 * Flesch reading ease adapted to Russian by I. V. Oborneva (2006):
 * {@code 206.835 − 1.3 · ASL − 60.1 · ASW}, where ASL is the average sentence length in words and ASW the
 * average word length in syllables. Flesch's English coefficients (1.015 and 84.6) overrate Russian,
 * whose words are longer; Oborneva rescaled them on parallel texts. A Russian syllable is counted as a
 * vowel letter (а е ё и о у ы э ю я), which is exact for Russian spelling.
 * <p>
 * Like the original, higher is easier: above 80 reads like a chat, 50–80 like a newspaper, below 30 like a
 * regulation. The score can leave 0..100 on extreme texts; it is not clamped so that two drafts still compare.
 *
 * @param value     the score
 * @param sentences sentences counted
 * @param words     words counted
 * @param syllables syllables counted
 */
public record ReadabilityScore(double value, int sentences, int words, int syllables) {

    private static final String VOWELS = "аеёиоуыэюяАЕЁИОУЫЭЮЯ";

    public static ReadabilityScore of(String text) {
        return of(TextLayout.of(text));
    }

    static ReadabilityScore of(TextLayout layout) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        for (TextLayout.Sentence sentence : layout.sentences()) {
            if (sentence.words().isEmpty()) {
                continue;
            }
            sentences++;
            for (Word word : sentence.words()) {
                words++;
                syllables += syllables(word.form());
            }
        }
        if (words == 0) {
            return new ReadabilityScore(Double.NaN, 0, 0, 0);
        }
        double asl = (double) words / sentences;
        double asw = (double) syllables / words;
        return new ReadabilityScore(206.835 - 1.3 * asl - 60.1 * asw, sentences, words, syllables);
    }

    /** True when there was no word to score (an empty draft): {@link #value()} is NaN then. */
    public boolean isEmpty() {
        return words == 0;
    }

    private static int syllables(String word) {
        int count = 0;
        for (int i = 0; i < word.length(); i++) {
            if (VOWELS.indexOf(word.charAt(i)) >= 0) {
                count++;
            }
        }
        return count;
    }
}
