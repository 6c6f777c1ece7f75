package org.socialdesk.ui.registry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;

class AccountEditRightsTest {

    private static final Account OF_SEVEN = new Account(1L, 7, "vk", "https://vk.com/altai", null, "Правительство",
            AccountState.ACTIVE, false);

    @Test
    void thePressOfficeAndAdministratorsChangeEveryAccount() {
        assertTrue(AccountEditRights.mayChange(new Caller("press", Map.of(Role.PRESS_OFFICE, Set.of())), OF_SEVEN));
        assertTrue(AccountEditRights.mayChange(new Caller("admin", Map.of(Role.ADMINISTRATOR, Set.of())), OF_SEVEN));
    }

    @Test
    void editorsChangeTheAccountsOfTheirOrganisationsOnly() {
        assertTrue(AccountEditRights.mayChange(new Caller("ed", Map.of(Role.EDITOR, Set.of(7L))), OF_SEVEN));
        assertFalse(AccountEditRights.mayChange(new Caller("ed", Map.of(Role.EDITOR, Set.of(8L))), OF_SEVEN));
    }

    @Test
    void moderatorsOnlyRead() {
        assertFalse(AccountEditRights.mayChange(new Caller("mod", Map.of(Role.MODERATOR, Set.of())), OF_SEVEN));
    }
}
