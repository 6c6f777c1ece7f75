package org.socialdesk.contentplan.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theNameEndsAtTheFirstColonAndBothAreUtf8() {
        BasicCredentials credentials = BasicCredentials.of(basic("редактор:па:роль")).orElseThrow();
        assertEquals("редактор", credentials.username());
        assertArrayEquals("па:роль".toCharArray(), credentials.password());
        assertFalse(credentials.toString().contains("роль"), credentials.toString());
        credentials.erase();
        assertArrayEquals(new char[7], credentials.password());
    }

    @Test
    void anythingElseIsNoCredentialsAtAll() {
        assertTrue(BasicCredentials.of(null).isEmpty());
        assertTrue(BasicCredentials.of("Bearer abc").isEmpty());
        assertTrue(BasicCredentials.of("Basic !!not base64!!").isEmpty());
        assertTrue(BasicCredentials.of(basic("no colon")).isEmpty());
        assertTrue(BasicCredentials.of(basic(":no name")).isEmpty());
        assertEquals("x", BasicCredentials.of("basic " + Base64.getEncoder().encodeToString("x:y".getBytes(
                StandardCharsets.UTF_8))).orElseThrow().username(), "the scheme's name is case-insensitive");
    }
}
