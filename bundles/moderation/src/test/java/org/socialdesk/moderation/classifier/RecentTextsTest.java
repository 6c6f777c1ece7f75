package org.socialdesk.moderation.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The spam rules that need more than the text: the same text from many authors, new accounts with links. */
class RecentTextsTest {

    private static final String OFFER = "Отличное предложение для всех жителей района, подробности у меня";

    @Test
    void sameTextFromSeveralAuthorsIsSpam() {
        RecentTexts recent = new RecentTexts(100);
        Classifier classifier = new LexiconClassifier(Lexicon.builtIn(), recent);
        assertEquals(Category.CLEAN, classifier.classify(new Message(OFFER, "id1", null)).category());

        recent.remember(new Message(OFFER, "id1", null));
        recent.remember(new Message(OFFER.toUpperCase() + "!!!", "id2", null));
        Verdict verdict = classifier.classify(new Message("Отличное  предложение для всех жителей района, "
                + "подробности у меня 🙂", "id3", null));

        assertEquals(Category.SPAM, verdict.category(), verdict::toString);
        assertTrue(verdict.reasons().stream().anyMatch(r -> r.contains("других авторов: 2")), verdict::toString);
    }

    @Test
    void oneAuthorRepeatingCountsToo() {
        RecentTexts recent = new RecentTexts(100);
        for (int i = 0; i < 3; i++) {
            recent.remember(new Message(OFFER, "id1", null));
        }
        assertEquals(new RecentTexts.Repetition(0, 3), recent.repetition(new Message(OFFER, "id1", null)));
        Verdict verdict = new LexiconClassifier(Lexicon.builtIn(), recent).classify(new Message(OFFER, "id1", null));
        assertEquals(Category.SPAM, verdict.category(), verdict::toString);
    }

    @Test
    void shortTextsRepeatInnocently() {
        RecentTexts recent = new RecentTexts(100);
        for (int i = 0; i < 5; i++) {
            recent.remember(new Message("Спасибо!", "id" + i, null));
        }
        assertEquals(RecentTexts.Repetition.NONE, recent.repetition(new Message("Спасибо!", "id9", null)));
    }

    @Test
    void forgetsTheOldestTextsBeyondCapacity() {
        RecentTexts recent = new RecentTexts(1);
        recent.remember(new Message(OFFER, "id1", null));
        recent.remember(new Message("Совсем другой текст про ремонт дорог в нашем районе", "id1", null));
        assertEquals(RecentTexts.Repetition.NONE, recent.repetition(new Message(OFFER, "id2", null)));
    }

    @Test
    void newAccountPostingALinkIsSpam() {
        String text = "Смотрите, что нашёл про наш район: https://example-news.site/page";
        Classifier classifier = BuiltInClassifier.CLASSIFIER;

        assertEquals(Category.CLEAN, classifier.classify(new Message(text, "id1", Duration.ofDays(400))).category());
        Verdict verdict = classifier.classify(new Message(text, "id1", Duration.ofHours(5)));

        assertEquals(Category.SPAM, verdict.category(), verdict::toString);
        assertTrue(verdict.reasons().stream().anyMatch(r -> r.contains("аккаунта младше")), verdict::toString);
    }
}
