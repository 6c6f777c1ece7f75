package org.socialdesk.ui.registry;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Arrays;
import java.util.function.Predicate;

/** Where a secret's value is typed; it stays on the server only until it is handed to the vault. */
final class SecretValueField extends PasswordField {

    private static final long serialVersionUID = 1L;

    SecretValueField() {
        // "new-password" keeps the browser from filling in the person's own saved SocialDesk password
        setAutocomplete(Autocomplete.NEW_PASSWORD);
        // only the save button checks: an empty field is fine until then
        setManualValidation(true);
    }

    /** Whether a value was typed; if not, the field says so. */
    boolean checkFilled() {
        boolean filled = !getValue().isBlank();
        setErrorMessage(filled ? null : getTranslation("secrets.validation.value"));
        setInvalid(!filled);
        return filled;
    }

    /**
     * Hands the value to {@code store} as characters that are wiped right after, then clears the field whatever
     * came of it, so that the value does not linger in the session.
     *
     * @return what {@code store} returned
     */
    boolean handOver(Predicate<char[]> store) {
        char[] secret = getValue().toCharArray();
        try {
            return store.test(secret);
        } finally {
            Arrays.fill(secret, '\0');
            clear();
        }
    }
}
