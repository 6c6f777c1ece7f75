package org.socialdesk.contentplan.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the press-release passive «было проведено», «будут отремонтированы» and a sentence opening
 * with a short passive participle («Проведено совещание…»). Deliberately narrow: a short participle is
 * recognised by its ending only after «был/будет» or at the start of a sentence, where adjectives with
 * the same endings are rare; «было видно», «было важно» do not end like participles.
 */
final class PassiveParticiple {

    static final String AUXILIARY_ID = "passive-auxiliary";
    static final String OPENING_ID = "passive-opening";

    private static final Set<String> AUXILIARIES = Set.of("был", "была", "было", "были", "будет", "будут");
    private static final List<String> ENDINGS = endings();
    /** Shorter words with these endings are mostly not participles («рано», «сыт», «дано»). */
    private static final int MIN_LENGTH = 5;
    /** At a sentence start a short word is more often an adverb or a name. */
    private static final int MIN_OPENING_LENGTH = 7;

    private static final String MESSAGE = "Страдательный оборот: непонятно, кто это сделал.";
    private static final String SUGGESTION = "назовите, кто сделал: «было проведено совещание» → «главы районов обсудили…»";

    private PassiveParticiple() {
    }

    private static List<String> endings() {
        List<String> endings = new ArrayList<>();
        for (String stem : List.of("ен", "ан", "ян", "ит", "ыт", "ят", "ут")) {
            for (String tail : List.of("", "а", "о", "ы")) {
                endings.add(stem + tail);
            }
        }
        return List.copyOf(endings);
    }

    static boolean looksLikeShortParticiple(String form, int minLength) {
        if (form.length() < minLength) {
            return false;
        }
        for (String ending : ENDINGS) {
            if (form.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    static List<StyleFinding> find(String text, List<TextLayout.Sentence> sentences) {
        List<StyleFinding> findings = new ArrayList<>();
        for (TextLayout.Sentence sentence : sentences) {
            List<Word> words = sentence.words();
            if (!words.isEmpty() && looksLikeShortParticiple(words.get(0).form(), MIN_OPENING_LENGTH)) {
                findings.add(new StyleFinding(OPENING_ID, Severity.ADVICE, words.get(0).start(), words.get(0).end(), MESSAGE, SUGGESTION));
            }
            for (int i = 0; i < words.size(); i++) {
                if (AUXILIARIES.contains(words.get(i).form())) {
                    int participle = participleAfter(text, words, i);
                    if (participle >= 0) {
                        findings.add(new StyleFinding(AUXILIARY_ID, Severity.WARNING,
                                words.get(i).start(), words.get(participle).end(), MESSAGE, SUGGESTION));
                    }
                }
            }
        }
        return findings;
    }

    /** The participle right after the auxiliary or after one adverb («было успешно проведено»). */
    private static int participleAfter(String text, List<Word> words, int auxiliary) {
        for (int i = auxiliary + 1; i <= auxiliary + 2 && i < words.size(); i++) {
            if (!text.substring(words.get(i - 1).end(), words.get(i).start()).isBlank()) {
                return -1;
            }
            if (looksLikeShortParticiple(words.get(i).form(), MIN_LENGTH)) {
                return i;
            }
        }
        return -1;
    }
}
