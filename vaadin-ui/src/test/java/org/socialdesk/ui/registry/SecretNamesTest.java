package org.socialdesk.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretNamesTest {

    private static final String LONGEST = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    private static final String TOO_LONG = LONGEST + "x";

    @Test
    void eachNetworkSuggestsWhatItsConnectorReads() {
        assertEquals(List.of("access_token", "community_token", "callback_secret", "callback_confirmation_code"),
                SecretNames.suggested("vk"));
        assertEquals(List.of("bot_token"), SecretNames.suggested("telegram"));
        assertEquals(List.of("application_key", "application_secret_key", "access_token"),
                SecretNames.suggested("ok"));
        assertEquals(List.of(), SecretNames.suggested("Дзен"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "access_token", "app.key-2", LONGEST})
    void acceptsLowerCaseLatinDigitsDotHyphenUnderscore(String name) {
        assertTrue(SecretNames.valid(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Access_token", "access token", "токен", "a/b", TOO_LONG})
    void refusesAnythingElse(String name) {
        assertFalse(SecretNames.valid(name));
    }

    @Test
    void refusesNoName() {
        assertFalse(SecretNames.valid(null));
    }
}
