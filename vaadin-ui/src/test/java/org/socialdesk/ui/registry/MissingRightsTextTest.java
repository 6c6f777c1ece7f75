package org.socialdesk.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.registry.AccountRight;
import org.socialdesk.ui.i18n.SocialDeskI18NProvider;

/** Every right the account check can report missing is named in Russian in the check dialog. */
class MissingRightsTextTest {

    private final SocialDeskI18NProvider texts = new SocialDeskI18NProvider();

    @Test
    void everyRightHasARussianName() {
        for (AccountRight right : AccountRight.values()) {
            String russian = texts.getTranslation(AccountCheckDialog.rightKey(right), SocialDeskI18NProvider.RUSSIAN);
            assertTrue(russian.matches("[а-яё ,]+"), right + " → " + russian);
        }
    }

    @Test
    void eachRightHasItsOwnName() {
        assertEquals(AccountRight.values().length, Arrays.stream(AccountRight.values())
                .map(right -> texts.getTranslation(AccountCheckDialog.rightKey(right), Locale.ENGLISH)).distinct()
                .count());
    }
}
