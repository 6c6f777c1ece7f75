package org.socialdesk.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.security.Role;

class SocialDeskI18NProviderTest {

    private final SocialDeskI18NProvider provider = new SocialDeskI18NProvider();

    static List<Locale> locales() {
        return SocialDeskI18NProvider.LOCALES;
    }

    @Test
    void russianComesFirstAndEnglishSecond() {
        assertEquals(List.of(Locale.forLanguageTag("ru"), Locale.ENGLISH), provider.getProvidedLocales());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> russian = new TreeSet<>(SocialDeskI18NProvider.bundle(SocialDeskI18NProvider.RUSSIAN).keySet());
        Set<String> english = new TreeSet<>(SocialDeskI18NProvider.bundle(Locale.ENGLISH).keySet());
        assertEquals(russian, english);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyTextIsFilledIn(Locale locale) {
        ResourceBundle bundle = SocialDeskI18NProvider.bundle(locale);
        assertEquals(locale, bundle.getLocale(), "each locale has its own file");
        for (String key : bundle.keySet()) {
            assertFalse(bundle.getString(key).isBlank(), key + " is empty in " + locale);
        }
    }

    @ParameterizedTest
    @MethodSource("locales")
    void bundlesAreValidUtf8(Locale locale) throws IOException {
        String file = "/i18n/messages_" + locale.getLanguage() + ".properties";
        try (InputStream in = getClass().getResourceAsStream(file)) {
            byte[] bytes = in.readAllBytes();
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new AssertionError(file + " is not UTF-8", e);
            }
        }
    }

    @Test
    void anyOtherLanguageGetsRussian() {
        assertEquals("Выйти", provider.getTranslation("layout.logout", Locale.GERMAN));
        assertEquals("Выйти", provider.getTranslation("layout.logout", null));
        assertEquals("Выйти", provider.getTranslation("layout.logout", Locale.forLanguageTag("ru-RU")));
        assertEquals("Log out", provider.getTranslation("layout.logout", Locale.US));
    }

    @Test
    void loginFailureIsExplainedInRussian() {
        assertEquals("Неверное имя пользователя или пароль",
                provider.getTranslation("login.error.title", SocialDeskI18NProvider.RUSSIAN));
    }

    @Test
    void parametersAreFilledIn() {
        assertEquals("Аккаунты: Минцифры",
                provider.getTranslation("registry.accounts.of", SocialDeskI18NProvider.RUSSIAN, "Минцифры"));
    }

    @Test
    void aMissingKeyIsVisibleButDoesNotFail() {
        assertEquals("!no.such.key!", provider.getTranslation("no.such.key", SocialDeskI18NProvider.RUSSIAN));
    }

    @Test
    void organisationKindsHaveTheDecreesNames() {
        assertEquals("Правительство", provider.getTranslation(EnumKeys.of(OrganisationKind.GOVERNMENT),
                SocialDeskI18NProvider.RUSSIAN));
        assertEquals("Орган исполнительной власти", provider.getTranslation(
                EnumKeys.of(OrganisationKind.EXECUTIVE_BODY), SocialDeskI18NProvider.RUSSIAN));
        assertEquals("Орган местного самоуправления", provider.getTranslation(
                EnumKeys.of(OrganisationKind.MUNICIPALITY), SocialDeskI18NProvider.RUSSIAN));
    }

    static Stream<Enum<?>> shownEnumConstants() {
        return Stream.of(OrganisationKind.values(), AccountState.values(), Format.values(),
                ModerationAction.values(), Role.values()).flatMap(Arrays::stream);
    }

    @ParameterizedTest
    @MethodSource("shownEnumConstants")
    void everyShownEnumConstantHasATextInBothLanguages(Enum<?> value) {
        for (Locale locale : SocialDeskI18NProvider.LOCALES) {
            assertTrue(SocialDeskI18NProvider.bundle(locale).containsKey(EnumKeys.of(value)),
                    EnumKeys.of(value) + " missing for " + locale);
        }
    }

    @Test
    void theSwitchOffersTheOtherLanguage() {
        assertEquals(Locale.ENGLISH, SocialDeskI18NProvider.other(SocialDeskI18NProvider.RUSSIAN));
        assertEquals(SocialDeskI18NProvider.RUSSIAN, SocialDeskI18NProvider.other(Locale.UK));
        assertEquals(Locale.ENGLISH, SocialDeskI18NProvider.other(Locale.GERMAN));
    }
}
