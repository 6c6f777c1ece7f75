package org.socialdesk.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The noun beside a count must agree with it: «21 аккаунт», «22 аккаунта», «111 аккаунтов». */
class PluralFormTest {

    @ParameterizedTest
    @CsvSource({"0, MANY", "1, ONE", "2, FEW", "3, FEW", "4, FEW", "5, MANY", "11, MANY", "12, MANY", "14, MANY",
            "20, MANY", "21, ONE", "22, FEW", "25, MANY", "101, ONE", "111, MANY", "112, MANY", "122, FEW",
            "1001, ONE", "10000, MANY"})
    void russianFormFollowsTheLastTwoDigits(long count, PluralForm form) {
        assertEquals(form, PluralForm.of(count, SocialDeskI18NProvider.RUSSIAN));
    }

    @ParameterizedTest
    @CsvSource({"0, MANY", "1, ONE", "2, MANY", "21, MANY", "101, MANY"})
    void englishHasOnlyOneAndMany(long count, PluralForm form) {
        assertEquals(form, PluralForm.of(count, Locale.ENGLISH));
    }
}
