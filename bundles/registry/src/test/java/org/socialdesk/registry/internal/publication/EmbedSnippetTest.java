package org.socialdesk.registry.internal.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmbedSnippetTest {

    @Test
    void framesTheWholeRegistryOrOneOrganisation() {
        assertEquals("<iframe src=\"https://smm.example.ru/public/registry\" title=\"Официальные аккаунты в "
                + "социальных сетях\" width=\"100%\" height=\"600\" style=\"border:0;max-width:100%\" "
                + "loading=\"lazy\"></iframe>", EmbedSnippet.iframe("https://smm.example.ru", null));
        assertEquals("<iframe src=\"https://smm.example.ru/sd/public/registry?org=42\" title=\"Официальные аккаунты"
                + " в социальных сетях\" width=\"100%\" height=\"600\" style=\"border:0;max-width:100%\" "
                + "loading=\"lazy\"></iframe>", EmbedSnippet.iframe(" https://smm.example.ru/sd/ ", 42L));
    }

    @Test
    void acceptsOnlyAWebAddressAsTheBase() {
        for (String bad : new String[] { "smm.example.ru", "javascript:alert(1)", "ftp://smm.example.ru",
                "https://smm.example.ru/?x=1", "https://smm.example.ru/#top", "https://exa mple.ru",
                "https://\"><script>" }) {
            assertThrows(IllegalArgumentException.class, () -> EmbedSnippet.iframe(bad, null), bad);
        }
    }
}
