package org.socialdesk.ui.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.security.Role;
import org.socialdesk.ui.i18n.SocialDeskI18NProvider;

class RolesTextTest {

    private final SocialDeskI18NProvider provider = new SocialDeskI18NProvider();
    private final Function<String, String> russian = key -> provider.getTranslation(key,
            SocialDeskI18NProvider.RUSSIAN);
    private final Map<Long, String> names = Map.of(1L, "Минцифры", 2L, "Минздрав");

    @Test
    void rolesInTheirOrderWithOrganisationsByName() {
        assertEquals("Редактор органа: Минздрав, Минцифры; Аудитор: все организации",
                RolesText.of(Map.of(Role.AUDITOR, Set.of(), Role.EDITOR, Set.of(1L, 2L)), names, russian));
    }

    @Test
    void anOrganisationWithoutANameKeepsItsNumber() {
        assertEquals("Модератор: #9", RolesText.of(Map.of(Role.MODERATOR, Set.of(9L)), names, russian));
    }

    @Test
    void noRoles() {
        assertEquals("нет ролей", RolesText.of(Map.of(), names, russian));
        assertEquals("no roles", RolesText.of(Map.of(), names, key -> provider.getTranslation(key, Locale.ENGLISH)));
    }
}
