package org.socialdesk.moderation.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each way of disguising a word still finds it; every text here would be clean without normalisation. */
class NormalisationTest {

    private static void assertObscene(String text) {
        Verdict verdict = BuiltInClassifier.classify(text);
        assertEquals(Category.OBSCENE, verdict.category(), () -> text + " → " + verdict);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ХУЙ вам, а не ремонт", "Пиздец какой-то", "ПиЗдЕц какой-то"})
    void ignoresCase(String text) {
        assertObscene(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ёбаный стыд", "заёбанные жильцы", "долбоёб за рулём"})
    void readsЁAsЕ(String text) {
        assertObscene(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "xyй вам",             // Latin x, y
        "пиздeц полный",       // Latin e
        "HAXEP такие новости", // all Latin capitals
        "сyкa, опять ямы"      // Latin y, a
    })
    void readsLatinLookAlikes(String text) {
        assertObscene(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"пи3дец полный", "с@ка, опять", "6ля, опять", "$ука, опять", "бл9ть опять", "пизд0с"})
    void readsDigitsAndSymbolsAsLetters(String text) {
        assertObscene(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"х.у.й вам", "х у й вам", "х-у-й вам", "х_у_й вам", "и х у й вам"})
    void joinsSpacedOutLetters(String text) {
        assertObscene(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"х*й вам", "п*здец", "бл*ть, опять", "вы*бываться", "на...уй такое", "бл.ять"})
    void seesThroughMasksAndSplits(String text) {
        assertObscene(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"хуууууй вам", "пиздееееец", "бляяяя", "сууука", "ссука"})
    void collapsesRepeatedLetters(String text) {
        assertObscene(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "распиздяйство развели", // root inside a word, not in any list of forms
        "выебываться не надо",   // prefix + root
        "наебали с тарифами",
        "хохложопый",            // compound
        "ОДНОЮАБЛЯДЬНИКОГО"      // words run together
    })
    void findsRootsInsideWords(String text) {
        assertObscene(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"пизды получить", "хуями обложить", "ебучие сосульки"})
    void matchesInflectedFormsFromTheFormList(String text) {
        assertObscene(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"blyat, опять", "nahuy такое", "ну ты и mudak"})
    void readsTransliteration(String text) {
        assertObscene(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"х\u200Bуй вам", "х\u00ADуй вам", "хуи\u0306 вам"})
    void dropsInvisibleCharactersAndJoinsAccents(String text) {
        assertObscene(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ᴨиздец", "πиздец"})
    void readsOtherScriptsLookAlikes(String text) {
        assertObscene(text);
    }
}
