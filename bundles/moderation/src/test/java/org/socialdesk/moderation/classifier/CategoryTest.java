package org.socialdesk.moderation.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every category with a typical text; every verdict carries its reasons and a confidence. */
class CategoryTest {

    private static Verdict assertCategory(Category expected, String text) {
        Verdict verdict = BuiltInClassifier.classify(text);
        assertEquals(expected, verdict.category(), () -> text + " → " + verdict);
        return verdict;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Да идите вы все нахуй со своими отчётами",
        "Пиздец, а не дороги",
        "Опять наебали с тарифами"
    })
    void obscene(String text) {
        assertCategory(Category.OBSCENE, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Какой же ты дебил, читать умеешь?",
        "Эти уроды опять подняли тарифы",
        "Мразь, верни деньги",
        "Ну вы и клоуны",     // a weak word made an insult by addressing someone
        "ты козёл",
        "Заткнись уже, надоел",
        "Закрой рот и не пиши сюда"
    })
    void insult(String text) {
        assertCategory(Category.INSULT, text);
    }

    @Test
    void weakWordAloneIsNoInsult() {
        Verdict verdict = assertCategory(Category.CLEAN, "Клоун выступал на празднике двора");
        assertFalse(verdict.reasons().isEmpty(), "the weak hint is still reported");
        assertTrue(verdict.confidence() < 1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Заработок от 5000 в день без вложений, пиши в лс",
        "Нужны люди для удалённой работы, 2 часа в день, доход от 100 $ https://t.me/rabota_bystro",
        "Здpaвcтвyйтe! Haбиpaю кoмaндy для coвмecтнoгo зapaбoткa",
        "Ставим строго на тотал, прогноз в канале https://t.me/prognoz_dnya",
        "Invest with this legit platform and earn daily profit, click the link below"
    })
    void spam(String text) {
        assertCategory(Category.SPAM, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Где купить героин в нашем городе",
        "Не хочу жить, думаю о суициде",
        "Расстрелять бы их всех",
        "Лучшее онлайн казино",
        "Продам травмат, пишите",
        "Скинул ссылку на детское порно"
    })
    void possiblyIllegal(String text) {
        assertCategory(Category.POSSIBLY_ILLEGAL, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Спасибо за информацию, очень полезно!",
        "Подскажите, где записаться на приём к губернатору?",
        "Администрация как всегда молчит, письма без ответа."
    })
    void clean(String text) {
        Verdict verdict = assertCategory(Category.CLEAN, text);
        assertEquals(1.0, verdict.confidence());
        assertTrue(verdict.reasons().isEmpty());
    }

    @Test
    void reasonsNameTheWordAndTheRule() {
        Verdict verdict = assertCategory(Category.OBSCENE, "Опять наебали с тарифами");
        assertTrue(verdict.reasons().stream().anyMatch(r -> r.startsWith("мат") && r.contains("«наебали»")),
                verdict::toString);
    }

    @Test
    void illegalReasonsNameTheTopic() {
        Verdict verdict = assertCategory(Category.POSSIBLY_ILLEGAL, "Где купить героин в нашем городе");
        assertTrue(verdict.reasons().stream().anyMatch(r -> r.contains("наркотики") && r.contains("«героин»")),
                verdict::toString);
    }

    @Test
    void spamReasonsNameTheSignals() {
        Verdict verdict = assertCategory(Category.SPAM,
                "Нужны люди для удалённой работы, доход от 100 $ https://t.me/rabota_bystro");
        assertTrue(verdict.reasons().stream().anyMatch(r -> r.contains("ссылка «https://t.me/rabota_bystro»")),
                verdict::toString);
    }

    @Test
    void confidenceGrowsWithEvidence() {
        double one = assertCategory(Category.OBSCENE, "бля").confidence();
        double three = assertCategory(Category.OBSCENE, "бля, пиздец, нахуй").confidence();
        assertTrue(one >= 0.5 && one < three && three < 1.0, one + " then " + three);
    }

    @Test
    void theWeightiestCategoryWinsAndEveryCategoryFoundIsReported() {
        Verdict verdict = assertCategory(Category.POSSIBLY_ILLEGAL, "Бля, где купить героин");
        assertTrue(verdict.reasons().stream().anyMatch(r -> r.startsWith("мат: «Бля»")), verdict::toString);
    }
}
