package org.socialdesk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExternalLinkTest {

    @Test
    void webAddressesBecomeLinks() {
        assertTrue(ExternalLink.isWeb("https://vk.com/altai_krai"));
        assertTrue(ExternalLink.isWeb(" HTTP://altairegion22.ru"));
    }

    @Test
    void scriptsAndOtherSchemesStayText() {
        assertFalse(ExternalLink.isWeb("javascript:alert(1)"));
        assertFalse(ExternalLink.isWeb("JavaScript:alert(1)"));
        assertFalse(ExternalLink.isWeb("data:text/html,<script>alert(1)</script>"));
        assertFalse(ExternalLink.isWeb("vk.com/altai_krai"));
    }
}
