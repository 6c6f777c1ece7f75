package org.socialdesk.ui.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The messages below are the user service's, copied from its tests: both must change together. */
class UserErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "user name 'editor' is already taken|users.error.taken",
        "administrators cannot block themselves|users.error.block-self",
        "administrators cannot remove the administrator role from themselves|users.error.demote-self",
        "cannot block the last unblocked administrator|users.error.last-admin",
        "cannot remove the administrator role from the last unblocked administrator|users.error.last-admin",
        "unknown user 'nobody'|users.error.unknown-user",
        "unknown organisations [999]|users.error.unknown-organisation",
        "the administrator role always covers all organisations|users.error.admin-scope",
        "user name must be 3 to 64 characters: lower-case latin letters, digits, '.', '_' or '-'"
                + "|users.validation.username",
        "display name is required|users.validation.display-name",
        "display name must be at most 300 characters|users.validation.display-name-length",
        "password must be at least 12 characters|users.validation.password"})
    void knownRulesHaveTheirOwnText(String message, String key) {
        assertEquals(key, UserErrors.key(new IllegalArgumentException(message)));
    }

    @Test
    void anythingElseIsShownAsTheServiceSaidIt() {
        assertEquals(UserErrors.REJECTED, UserErrors.key(new IllegalArgumentException("a rule added later")));
        assertEquals(UserErrors.REJECTED, UserErrors.key(new IllegalArgumentException()));
    }
}
