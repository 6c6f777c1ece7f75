package org.socialdesk.ui.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.moderation.OrganisationWordList;
import org.socialdesk.core.moderation.WordListProblem;
import org.socialdesk.core.moderation.WordListProblem.Kind;
import org.socialdesk.ui.i18n.SocialDeskI18NProvider;

/** The word lists as typed in the dialog, and their mistakes as sentences. */
class WordListTextsTest {

    private final SocialDeskI18NProvider texts = new SocialDeskI18NProvider();

    @Test
    void oneEntryALineWithoutTheEmptyLinesAtTheEnd() {
        assertEquals(List.of("бюрократище", "", "без вложений"),
                WordLines.of("бюрократище\r\n\nбез вложений\n\n  \n"));
        assertEquals(List.of(), WordLines.of(""));
        assertEquals(List.of(), WordLines.of(null));
        assertEquals("Хуйдан\nУсть-Калманка", WordLines.text(List.of("Хуйдан", "Усть-Калманка")));
    }

    @Test
    void everyMistakeHasASentenceInBothLanguages() {
        for (Kind kind : Kind.values()) {
            for (Locale locale : SocialDeskI18NProvider.LOCALES) {
                assertFalse(texts.getTranslation(WordProblems.key(kind), locale, 3, "x").startsWith("!"),
                        kind + " " + locale);
            }
        }
    }

    @Test
    void aMistakeNamesItsLineAndAnInvisibleCharacterByItsCode() {
        WordListProblem duplicate = new WordListProblem(OrganisationWordList.BANNED, 4, Kind.DUPLICATE, "1");
        WordListProblem accent = new WordListProblem(OrganisationWordList.BANNED, 6, Kind.ERASED_CHARACTER,
                "\u0301");
        WordListProblem dot = new WordListProblem(OrganisationWordList.BANNED, 5, Kind.ERASED_CHARACTER, ".");

        assertEquals("Строка 4: повторяет строку 1 (регистр, «ё» и похожие буквы не различаются).",
                russian(duplicate));
        assertEquals("U+0301", WordProblems.detail(accent));
        assertEquals(".", WordProblems.detail(dot));
        assertEquals("", WordProblems.detail(new WordListProblem(OrganisationWordList.ALLOWED, 2, Kind.EMPTY,
                null)));
    }

    private String russian(WordListProblem problem) {
        return texts.getTranslation(WordProblems.key(problem.kind()), SocialDeskI18NProvider.RUSSIAN, problem.line(),
                WordProblems.detail(problem));
    }
}
