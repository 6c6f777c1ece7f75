package org.socialdesk.contentplan.style;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds chains of nouns in the genitive like «обеспечение повышения уровня качества»: the surest sign of
 * a press release. A word is a link if it ends like a verbal or abstract noun (-ение, -ание, -ация, -тие,
 * -ость, -ство in any case) or is listed in {@code chain-links.tsv}. A chain needs three links in a row,
 * separated only by spaces, two of them verbal nouns, so that «отделение кардиологии» or «здание школы»
 * stay quiet. A capitalised word inside a chain breaks it: that is the name of a body
 * («решение Министерства здравоохранения»), which the editor cannot rephrase.
 */
final class VerbalNounChain {

    static final String ID = "verbal-noun-chain";
    private static final int MIN_LINKS = 3;
    private static final int MIN_VERBAL = 2;
    private static final int MIN_LENGTH = 6;
    /** «гости», «кости», «места» are short; real abstract nouns in -ость/-ство are longer. */
    private static final int MIN_ABSTRACT_LENGTH = 7;

    private static final List<String> VERBAL_ENDINGS = verbalEndings();
    private static final Set<String> ABSTRACT_ENDINGS = Set.of("ость", "ости", "остью", "остей", "остям", "остями", "остях",
            "ство", "ства", "ству", "ством", "стве", "ствам", "ствами", "ствах");

    private static final String MESSAGE = "Цепочка отглагольных существительных: так пишут в отчётах, а не в постах.";
    private static final String SUGGESTION = "замените одно из существительных глаголом: «обеспечение повышения уровня качества» → «чтобы стало лучше»";

    private final PhraseIndex<Phrase> links;

    VerbalNounChain(PhraseIndex<Phrase> links) {
        this.links = links;
    }

    private static List<String> verbalEndings() {
        List<String> endings = new ArrayList<>();
        for (String stem : List.of("ени", "ани", "ти")) {
            for (String tail : List.of("е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях")) {
                endings.add(stem + tail);
            }
        }
        for (String tail : List.of("я", "и", "ю", "ей", "й", "ям", "ями", "ях")) {
            endings.add("аци" + tail);
        }
        return List.copyOf(endings);
    }

    List<StyleFinding> find(String text, List<Word> words) {
        Set<Integer> listedStarts = new HashSet<>();
        links.find(text, words).forEach(match -> listedStarts.add(match.start()));

        List<StyleFinding> findings = new ArrayList<>();
        int first = 0;
        while (first < words.size()) {
            if (!isLink(words.get(first), listedStarts)) {
                first++;
                continue;
            }
            int last = first;
            int verbal = isVerbal(words.get(first).form()) ? 1 : 0;
            while (last + 1 < words.size() && continuesChain(text, words.get(last), words.get(last + 1), listedStarts)) {
                last++;
                verbal += isVerbal(words.get(last).form()) ? 1 : 0;
            }
            if (last - first + 1 >= MIN_LINKS && verbal >= MIN_VERBAL) {
                findings.add(new StyleFinding(ID, Severity.WARNING, words.get(first).start(), words.get(last).end(), MESSAGE, SUGGESTION));
            }
            first = last + 1;
        }
        return findings;
    }

    private static boolean continuesChain(String text, Word previous, Word next, Set<Integer> listedStarts) {
        return isLink(next, listedStarts)
                && text.substring(previous.end(), next.start()).isBlank()
                && !Character.isUpperCase(text.charAt(next.start()));
    }

    private static boolean isLink(Word word, Set<Integer> listedStarts) {
        return listedStarts.contains(word.start()) || isVerbal(word.form()) || isAbstract(word.form());
    }

    private static boolean isVerbal(String form) {
        return form.length() >= MIN_LENGTH && VERBAL_ENDINGS.stream().anyMatch(form::endsWith);
    }

    private static boolean isAbstract(String form) {
        if (form.length() < MIN_ABSTRACT_LENGTH) {
            return false;
        }
        for (int cut = 4; cut <= 7 && cut <= form.length(); cut++) {
            if (ABSTRACT_ENDINGS.contains(form.substring(form.length() - cut))) {
                return true;
            }
        }
        return false;
    }
}
