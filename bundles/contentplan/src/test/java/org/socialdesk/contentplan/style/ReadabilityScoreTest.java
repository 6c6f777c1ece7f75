package org.socialdesk.contentplan.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadabilityScoreTest {

    private static final String EASY = "В Бийске открыли новую школу! В ней есть бассейн. Приходите посмотреть.";
    private static final String HARD = "В целях обеспечения повышения доступности качественного общего образования "
            + "осуществляется реализация мероприятий по строительству общеобразовательных организаций "
            + "в соответствии с утверждённой государственной программой Алтайского края.";

    @Test
    void conversationalTextScoresHigherThanBureaucratese() {
        ReadabilityScore easy = ReadabilityScore.of(EASY);
        ReadabilityScore hard = ReadabilityScore.of(HARD);
        System.out.printf("readability: easy %.1f, hard %.1f%n", easy.value(), hard.value());

        assertTrue(easy.value() > 60, "easy: " + easy);
        assertTrue(hard.value() < 10, "hard: " + hard);
    }

    @Test
    void obornevaFormulaOnCountedText() {
        // «Мама мыла раму.» — 1 sentence, 3 words, 6 syllables: 206.835 − 1.3·3 − 60.1·2
        ReadabilityScore score = ReadabilityScore.of("Мама мыла раму.");

        assertEquals(1, score.sentences());
        assertEquals(3, score.words());
        assertEquals(6, score.syllables());
        assertEquals(206.835 - 1.3 * 3 - 60.1 * 2, score.value(), 1e-9);
    }

    @Test
    void abbreviationDotDoesNotEndSentence() {
        assertEquals(1, ReadabilityScore.of("Школу в г. Бийске открыли.").sentences());
        assertEquals(2, ReadabilityScore.of("Открыли школу. Приходите!").sentences());
    }

    @Test
    void emptyDraftHasNoScore() {
        ReadabilityScore score = ReadabilityScore.of("  \n ");
        assertTrue(score.isEmpty());
        assertTrue(Double.isNaN(score.value()));
    }
}
