package org.socialdesk.moderation.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ordinary words that contain an obscene root by accident, words that talk about insults, and place names:
 * all must stay clean. Each was flagged by some naive rule at some point.
 */
class FalsePositiveTest {

    private static void assertClean(String text) {
        Verdict verdict = BuiltInClassifier.classify(text);
        assertEquals(Category.CLEAN, verdict.category(), () -> text + " → " + verdict);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Не стоит употреблять алкоголь за рулём.",
        "Проезд стоит сорок рубля? Опечатка в объявлении.",
        "На празднике показывали танец с саблей, сабля была из картона.",
        "Застрахуйте машину заранее, потом будет дороже.",
        "Я долго колебался, но решил пойти на выборы.",
        "Над городом пролетел истребитель.",
        "Снижение потребления электроэнергии.",
        "Команда школы заняла первое место, мандарины раздали всем.",
        "Скипидар продают в хозяйственном магазине.",
        "Приглашаем на вебинар о мерах поддержки.",
        "Оставьте своё мнение при себе.",
        "Гнилая доска на мосту, почините.",
        "Без страха и упрёка.",
        "Хлебать щи лаптем.",
        "Небо над городом сегодня ясное.",
        "Сколько можно оскорблять людей в комментариях?",
        "Не хочу влюбляться.",
        "В минувшие выходные прошёл субботник.",
        "Колебания цен на топливо.",
        "Сотрудники оскорблены таким отношением."
    })
    void wordsWithAnObsceneRootByAccident(String text) {
        assertClean(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Это оскорбление!",
        "«Оскорбление» — это статья 5.61 КоАП.",
        "Ваш комментарий — оскорбление для ветеранов.",
        "Нецензурная брань в общественном месте наказывается штрафом."
    })
    void textsAboutInsults(String text) {
        assertClean(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Улица Хуторская до сих пор не освещена.",
        "Новости из Херсона.",
        "Отдыхали в Сукко под Анапой.",
        "Себастьян приехал на фестиваль."
    })
    void placeAndPersonNames(String text) {
        assertClean(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Where is the nearest hospital? Here, near the bridge.",
        "The hue of the sky was beautiful, her photo is great."
    })
    void englishWordsAreNotTransliteratedRussian(String text) {
        assertClean(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Когда отремонтируют дорогу на улице Попова? Третий год ямы.",
        "Спасибо врачам городской больницы!",
        "Ну...это как посмотреть. Дети...походу не виноваты.",
        "Козы и овцы на ярмарке в субботу.",
        "Звоните в администрацию с 9 до 18."
    })
    void ordinaryComments(String text) {
        assertClean(text);
    }
}
