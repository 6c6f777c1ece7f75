package org.socialdesk.security.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void matchesOnlyTheRightPassword() {
        String stored = hasher.hash("Барнаул-2026".toCharArray());
        assertTrue(hasher.matches("Барнаул-2026".toCharArray(), stored));
        assertFalse(hasher.matches("барнаул-2026".toCharArray(), stored));
        assertFalse(hasher.matches(new char[0], stored));
    }

    @Test
    void saltsEveryHashAndKeepsItsIterationCount() {
        String first = hasher.hash("secret".toCharArray());
        String second = hasher.hash("secret".toCharArray());
        assertNotEquals(first, second);
        assertTrue(first.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(new PasswordHasher(2_000).matches("secret".toCharArray(), first));
    }

    @Test
    void rejectsForeignFormats() {
        assertFalse(hasher.matches("secret".toCharArray(), "secret"));
        assertFalse(hasher.matches("secret".toCharArray(), "md5$1$abc$def"));
    }
}
