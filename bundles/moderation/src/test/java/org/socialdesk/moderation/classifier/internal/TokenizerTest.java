package org.socialdesk.moderation.classifier.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the normaliser turns a text into, word by word, and the signals it counts on the way. */
class TokenizerTest {

    private static List<String> keys(String text) {
        WordScan scan = Tokenizer.scan(text);
        List<String> keys = new ArrayList<>();
        for (int w = 0; w < scan.count; w++) {
            keys.add(scan.key(w));
        }
        return keys;
    }

    @Test
    void foldsCaseYoAndLookAlikes() {
        assertEquals(List.of("ежик", "привет", "вас"), keys("ЁЖИК пpивeт Bас"));
    }

    @Test
    void readsDigitsAsLettersOnlyInsideWords() {
        assertEquals(List.of("пиздец", "чел", "й"), keys("пи3дец 4ел 5-й"), "5 alone is a number, not a word");
    }

    @Test
    void cutsRunsOfOneLetterToTwo() {
        assertEquals(List.of("хууй", "ссать", "длинный"), keys("хууууууй ссать длинный"));
    }

    @Test
    void dropsInvisibleCharacters() {
        assertEquals(List.of("хуй", "слово"), keys("х\u200Bу\u00ADй сло'во"));
    }

    @Test
    void keepsLatinWordsLatinAndRemembersTheirLookAlikeReading() {
        WordScan scan = Tokenizer.scan("HAXEP hello");
        assertEquals("haxep", scan.key(0));
        assertEquals("нахер", new String(scan.chars, scan.altStart(0), scan.altLength(0)));
        assertEquals(0, scan.altLength(1), "l has no Cyrillic look-alike");
        assertTrue(scan.has(0, WordScan.LATIN));
    }

    @Test
    void leavesAddressesOutOfTheWordsAndCountsThem() {
        WordScan scan = Tokenizer.scan("пиши https://t.me/xyz_pizdec или site.ru, т.е. сразу");
        assertEquals(List.of("пиши", "или", "т", "е", "сразу"), keys(scan.text));
        assertEquals(2, scan.links);
        assertEquals("https://t.me/xyz_pizdec", scan.firstLink);
    }

    @Test
    void countsPhonesMentionsHashtagsAndMoney() {
        WordScan scan = Tokenizer.scan(
                "звони +7 (913) 123-45-67 или 8 913 123 45 67, @manager_bot #работа #доход #крипта от 500$");
        assertEquals(2, scan.phones);
        assertEquals(1, scan.mentions);
        assertEquals(3, scan.hashtags);
        assertEquals(1, scan.moneyAmounts);
    }

    @Test
    void tellsDisguisedWordsFromGluedOnes() {
        assertEquals(2, Tokenizer.scan("Здpaвcтвyйтe, нaбиpaю").mixedScriptWords);
        assertEquals(0, Tokenizer.scan("nНу и вtelegram, Блiн").mixedScriptWords,
                "a lost line break, a missing space and a Ukrainian і are no disguise");
    }
}
