package org.socialdesk.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MimeTypesTest {

    @Test
    void javaScriptModulesGetAJavaScriptType() {
        assertEquals("text/javascript", MimeTypes.of("/VAADIN/build/indexhtml-CCBJqfFM.js"));
        assertEquals("text/javascript", MimeTypes.of("/VAADIN/static/push/vaadinPush-min.js"));
    }

    @Test
    void extensionsAreCaseInsensitive() {
        assertEquals("image/png", MimeTypes.of("/icons/ICON.PNG"));
        assertEquals("font/woff2", MimeTypes.of("lumo.woff2"));
    }

    @Test
    void unknownOrMissingExtensionsAreLeftToTheContainer() {
        assertNull(MimeTypes.of("/VAADIN/build/file.unknown"));
        assertNull(MimeTypes.of("/login"));
        assertNull(MimeTypes.of("/folder.d/file"));
        assertNull(MimeTypes.of(null));
    }
}
