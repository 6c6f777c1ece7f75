package org.socialdesk.registry.internal;

import org.socialdesk.core.registry.RegistryValidationException;

/** The registry's rule for text fields: blanks are empty, the rest is stripped and bounded by its column. */
final class Text {

    private Text() {
    }

    static String required(String field, String value, String message, int length) {
        String stripped = optional(field, value, length);
        if (stripped == null) {
            throw new RegistryValidationException(field, message);
        }
        return stripped;
    }

    static String optional(String field, String value, int length) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > length) {
            throw new RegistryValidationException(field, "At most " + length + " characters are allowed");
        }
        return stripped;
    }
}
