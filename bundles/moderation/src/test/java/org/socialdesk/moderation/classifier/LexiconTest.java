package org.socialdesk.moderation.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Word lists are data: an organisation adds its own words and its own allow-list without code. */
class LexiconTest {

    @Test
    void organisationAddsItsOwnWords() {
        String text = "Опять эти бюрократищи ничего не сделали";
        assertEquals(Category.CLEAN, BuiltInClassifier.classify(text).category());

        Lexicon lexicon = Lexicon.builtIn().with(WordList.of(Category.INSULT, "org-42", "бюрократищ*"));
        Verdict verdict = new LexiconClassifier(lexicon).classify(text);

        assertEquals(Category.INSULT, verdict.category());
        assertTrue(verdict.reasons().get(0).contains("«бюрократищи»"), verdict::toString);
    }

    @Test
    void organisationAllowsAWordTheListsWouldFlag() {
        String text = "Поздравляем Анну Сукину с юбилеем!";
        assertEquals(Category.OBSCENE, BuiltInClassifier.classify(text).category(), "a surname that looks obscene");

        Classifier classifier = new LexiconClassifier(Lexicon.builtIn().allowing("сукин*"));

        assertEquals(Category.CLEAN, classifier.classify(text).category());
        assertEquals(Category.OBSCENE, classifier.classify("сука, опять ямы").category(), "only that word");
    }

    @Test
    void additionsDoNotLeakIntoTheBuiltInLexicon() {
        Lexicon.builtIn().with(WordList.of(Category.SPAM, "org-7", "раздача"));
        assertTrue(Lexicon.builtIn().wordLists().stream().noneMatch(list -> list.source().equals("org-7")));
    }

    @Test
    void anOrganisationsLexiconIsOneLayerOverTheSharedBase() {
        WordList first = WordList.of(Category.SPAM, "org-7", "раздача");
        WordList second = WordList.of(Category.INSULT, "org-7", "бюрократищ*");
        Lexicon lexicon = Lexicon.builtIn().with(first).allowing("мудищев*").with(second);

        assertSame(Lexicon.builtIn(), lexicon.base());
        assertEquals(List.of(first, second), lexicon.ownWordLists());
        assertEquals(List.of("мудищев*"), lexicon.ownAllowed());
        assertEquals(Lexicon.builtIn().wordLists().size() + 2, lexicon.wordLists().size());
    }

    @Test
    void listSyntaxWeightsTopicsAlternativesAndPhrases() throws IOException {
        WordList list = WordList.parse(Category.SPAM, "test", new StringReader(String.join("\n",
                "# comment",
                "[лотерея]",
                "лотере(я|и) | 0.5",
                "выигрыш* | 0.5",
                "только сегодня")));

        assertEquals(List.of(
                new WordList.Entry("лотере(я|и)", 0.5, "лотерея"),
                new WordList.Entry("выигрыш*", 0.5, "лотерея"),
                new WordList.Entry("только сегодня", 1, "лотерея")), list.entries());

        Classifier classifier = new LexiconClassifier(Lexicon.of(List.of(list), List.of()));
        assertEquals(Category.CLEAN, classifier.classify("лотерея").category(), "0.5 alone is a hint");
        assertEquals(Category.SPAM, classifier.classify("Лотереи и выигрыши").category());
        assertEquals(Category.SPAM, classifier.classify("Только сегодня!").category());
    }

    @Test
    void phraseGapsSkipUpToThreeWords() {
        Lexicon lexicon = Lexicon.of(List.of(WordList.of(Category.INSULT, "test", "ты ... негодник")), List.of());
        Classifier classifier = new LexiconClassifier(lexicon);

        assertEquals(Category.INSULT, classifier.classify("ты, конечно, большой негодник").category());
        assertEquals(Category.CLEAN, classifier.classify("ты сегодня опять такой большой негодник").category());
    }

    @Test
    void brokenEntriesAreRejectedWithTheirText() {
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
                () -> new LexiconClassifier(Lexicon.of(List.of(WordList.of(Category.SPAM, "t", "а(б(в|г)|д)")),
                        List.of())));
        assertTrue(nested.getMessage().contains("а(б(в|г)|д)"));

        assertThrows(IllegalArgumentException.class,
                () -> new LexiconClassifier(Lexicon.of(List.of(WordList.of(Category.SPAM, "t", "+++")), List.of())));
        assertThrows(IOException.class,
                () -> WordList.parse(Category.SPAM, "t", new StringReader("слово | много")));
    }
}
