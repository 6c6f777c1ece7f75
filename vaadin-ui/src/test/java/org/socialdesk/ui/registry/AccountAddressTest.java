package org.socialdesk.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.registry.RegistryValidationException;

class AccountAddressTest {

    @Test
    void anAddressMustBeAPageOfItsNetwork() {
        assertEquals(Optional.empty(), AccountAddress.problem("vk", "https://vk.com/altai"));
        assertEquals(Optional.empty(), AccountAddress.problem("Telegram", "https://t.me/altai"));
        assertEquals(Optional.of("account.validation.url-network"), AccountAddress.problem("vk", "https://ok.ru/x"));
        assertEquals(Optional.of("account.validation.url-network"), AccountAddress.problem("ok", "https://ok.ru/"));
        assertEquals(Optional.of("account.validation.url-network"), AccountAddress.problem("vk", "http://vk.com/x"));
    }

    @Test
    void aFreeTextNetworkNeedsOnlyHttps() {
        assertEquals(Optional.empty(), AccountAddress.problem("Дзен", "https://dzen.ru/altai"));
        assertEquals(Optional.of("account.validation.url-https"), AccountAddress.problem("Дзен", "dzen.ru/altai"));
    }

    @Test
    void theServiceObjectionsHaveRussianMessages() {
        assertEquals("account.error.duplicate-url", RegistryErrors.key(
                new RegistryValidationException("url", "Account 7 (\"Минздрав\") already has this URL")));
        assertEquals(RegistryErrors.REJECTED, RegistryErrors.key(new RegistryValidationException("x", "new rule")));
    }
}
