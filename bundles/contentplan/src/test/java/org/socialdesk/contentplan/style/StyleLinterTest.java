package org.socialdesk.contentplan.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class StyleLinterTest {

    private static final String PRESS_RELEASE = """
            В целях улучшения качества дорожного покрытия осуществляется ремонт трассы Барнаул — Бийск. \
            Было проведено совещание, в ходе которого обсуждались вопросы обеспечения повышения уровня качества работ.

            Данный объект является приоритетным.""";

    private static final String CONVERSATIONAL = """
            Трассу Барнаул — Бийск ремонтируем до конца августа. Объезд — через Зональное, это плюс 15 минут.

            Почему сейчас? Летом асфальт ложится лучше, и к зиме дорога будет готова. Спасибо, что терпите!""";

    private final StyleLinter linter = new StyleLinter();

    @Test
    void pressReleaseGetsEveryClicheWithExactSpans() {
        List<StyleFinding> findings = linter.check(Draft.of(PRESS_RELEASE));

        assertEquals(List.of(
                "v-celyah 0..7 В целях",
                "osushchestvlyat 46..60 осуществляется",
                "passive-auxiliary 92..106 Было проведено",
                "v-hode 118..124 в ходе",
                "obespechenie ADVICE",
                "verbal-noun-chain 154..197 обеспечения повышения уровня качества работ",
                "dannyj 200..206 Данный",
                "yavlyaetsya 214..222 является"),
                findings.stream().map(f -> describe(f, PRESS_RELEASE)).toList());
    }

    @Test
    void conversationalPostHasNoWarnings() {
        List<StyleFinding> findings = linter.check(Draft.of(CONVERSATIONAL));

        assertEquals(List.of(), findings, "a good post should be left alone");
    }

    @Test
    void suggestionShowsTheRewrite() {
        StyleFinding inOrderTo = linter.check(Draft.of("В целях улучшения дорог закупили технику.")).get(0);

        assertEquals("v-celyah", inOrderTo.ruleId());
        assertEquals(Severity.WARNING, inOrderTo.severity());
        assertTrue(inOrderTo.suggestion().contains("«в целях улучшения дорог» → «чтобы улучшить дороги»"), inOrderTo.suggestion());
        assertTrue(inOrderTo.message().startsWith("«В целях»"), inOrderTo.message());
    }

    @Test
    void wordFormsOfOneStemAreFound() {
        for (String form : List.of("осуществляется", "осуществлялось", "осуществить", "Осуществление")) {
            String text = "Приём " + form + " по записи.";
            List<StyleFinding> findings = linter.check(Draft.of(text));
            assertEquals(1, findings.size(), text);
            assertEquals(text.indexOf(form), findings.get(0).start(), text);
            assertEquals(text.indexOf(form) + form.length(), findings.get(0).end(), text);
        }
    }

    @Test
    void phraseDoesNotMatchAcrossPunctuation() {
        assertEquals(List.of(), linter.check(Draft.of("Закажите такси в «Ходе»: это новое приложение.")).stream()
                .filter(f -> f.ruleId().equals("v-hode")).toList());
    }

    @Test
    void reflexivePassiveOfBureaucraticVerbsOnly() {
        assertEquals(List.of("passive-reflexive 16..23 ведутся"), ids(linter.check(Draft.of("На трассе Бийск ведутся работы.")), "На трассе Бийск ведутся работы."));
        assertEquals(List.of(), linter.check(Draft.of("Начинается приём заявок. Оказывается, мест больше.")));
    }

    @Test
    void passiveWithAdverbBetween() {
        String text = "Мост был успешно отремонтирован.";
        assertEquals(List.of("passive-auxiliary 5..31 был успешно отремонтирован"), ids(linter.check(Draft.of(text)), text));
    }

    @Test
    void adjectivesAfterWasAreNotPassive() {
        assertEquals(List.of(), linter.check(Draft.of("Было видно, что детям было интересно. Было важно успеть.")));
    }

    @Test
    void bodyNamesDoNotFormChains() {
        assertEquals(List.of(), linter.check(Draft.of("Это решение Министерства здравоохранения края.")));
    }

    @Test
    void longSentenceIsHighlightedWhole() {
        String sentence = "Мы " + "очень ".repeat(25) + "рады.";
        String text = "Привет! " + sentence;

        StyleFinding finding = linter.check(Draft.of(text)).get(0);

        assertEquals("long-sentence", finding.ruleId());
        assertEquals(Severity.ADVICE, finding.severity());
        assertEquals(8, finding.start());
        assertEquals(text.length(), finding.end());
    }

    @Test
    void longParagraphByCharsAndSentences() {
        StyleLinter strict = StyleLinter.builder().withTextLimits(new TextLimits(25, 2, 600)).build();
        String text = "Раз. Два. Три.\n\nЧетыре.";

        List<StyleFinding> findings = strict.check(Draft.of(text));

        assertEquals(List.of("long-paragraph 0..14 Раз. Два. Три."), ids(findings, text));
    }

    @Test
    void networkLimitHighlightsWhatWouldBeCutOff() {
        String text = "а".repeat(120);
        Draft draft = new Draft(text, List.of(new Draft.NetworkLimit("Одноклассники", 100), new Draft.NetworkLimit("ВКонтакте", 16384)), List.of());

        List<StyleFinding> findings = linter.check(draft);

        assertEquals(1, findings.size());
        StyleFinding cut = findings.get(0);
        assertEquals("network-limit", cut.ruleId());
        assertEquals(Severity.WARNING, cut.severity());
        assertEquals(100, cut.start());
        assertEquals(120, cut.end());
        assertTrue(cut.message().startsWith("Одноклассники: текст длиннее 100 знаков на 20"), cut.message());
    }

    @Test
    void imagesWithoutAltText() {
        Draft draft = new Draft("Открыли школу.", List.of(),
                List.of(new Draft.Image("school.jpg", "Новая школа в Бийске"), new Draft.Image("class.jpg", " "), new Draft.Image("gym.jpg", null)));

        List<StyleFinding> findings = linter.check(draft);

        assertEquals(2, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.ruleId().equals("image-alt-missing") && f.start() == 0 && f.end() == 0));
        assertTrue(findings.get(0).message().contains("class.jpg"));
        assertTrue(findings.get(1).message().contains("gym.jpg"));
    }

    @Test
    void bundledAllowListKeepsLiteralPlaces() {
        assertEquals(List.of(), linter.check(Draft.of("На территории школы высадили сад.")));
        assertEquals(1, linter.check(Draft.of("На территории края работают 30 поликлиник.")).size());
    }

    @Test
    void organisationCanSwitchOffRewordAndAddRules() {
        StyleLinter court = StyleLinter.builder()
                .withRules("minjust.tsv", new StringReader("""
                        # Минюст: ссылки на закон — часть смысла
                        v-sootvetstvii\tOFF
                        dannyj\tADVICE\tданный|данная\tЛучше «этот».\t«этот»
                        long-sentence\tOFF
                        gosudarstvennaya-usluga\tWARNING\tгосуслуг*\tНазвание портала пишется «Госуслуги».\t«на Госуслугах»
                        """))
                .withAllowed("minjust-allow.tsv", new StringReader("в целях безопасности\tформулировка из закона\n"))
                .build();
        String text = "В соответствии с законом данный приём в целях безопасности проводят на госуслугах.";

        List<StyleFinding> findings = court.check(Draft.of(text));

        assertEquals(List.of("dannyj ADVICE", "gosudarstvennaya-usluga 71..81 госуслугах"), ids(findings, text));
        assertEquals("Лучше «этот».", findings.get(0).message());
        assertEquals(List.of("v-sootvetstvii", "dannyj", "v-celyah"),
                linter.check(Draft.of(text)).stream().map(StyleFinding::ruleId).toList(), "the default linter is unaffected");
    }

    @Test
    void brokenRuleFileNamesFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StyleLinter.builder()
                .withRules("org.tsv", new StringReader("# comment\nx\tSTRONG\tв целях\tпочему\n")));
        assertEquals("org.tsv:2: severity must be ADVICE, WARNING or OFF, not 'STRONG'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StyleLinter.builder()
                .withRules("org.tsv", new StringReader("x\tADVICE\tпр*\tкороткая основа\n")));
    }

    @Test
    void pathologicalInputGivesFindingsInsideTheText() {
        String pathological = "а".repeat(2000) + " " + ".".repeat(1000) + "-".repeat(999);
        for (StyleFinding finding : linter.check(Draft.of(pathological))) {
            assertTrue(finding.start() >= 0 && finding.end() <= pathological.length(), finding.toString());
        }
    }

    private static List<String> ids(List<StyleFinding> findings, String text) {
        return findings.stream().map(f -> describe(f, text)).toList();
    }

    /** ADVICE findings are described without a span to keep expectations short; WARNING ones with it. */
    private static String describe(StyleFinding f, String text) {
        return f.severity() == Severity.ADVICE && !f.ruleId().startsWith("long-")
                ? f.ruleId() + " ADVICE"
                : f.ruleId() + " " + f.start() + ".." + f.end() + " " + text.substring(f.start(), f.end());
    }
}
