package org.socialdesk.ui.users;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;

/** A new password typed twice, checked against the user service's rule as it is typed; the service checks again. */
final class PasswordFields {

    /** The user service's minimum. */
    static final int MIN_LENGTH = 12;

    private final PasswordField password = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    /** @param id the first field's id; the second gets {@code -repeat} appended */
    PasswordFields(Binder<UserForm> binder, String id) {
        password.setId(id);
        password.setLabel(password.getTranslation("users.password"));
        password.setHelperText(password.getTranslation("users.password.helper"));
        repeated.setId(id + "-repeat");
        repeated.setLabel(repeated.getTranslation("users.password.repeat"));

        binder.forField(password)
                .withValidator(value -> value.length() >= MIN_LENGTH,
                        password.getTranslation("users.validation.password"))
                .bind(UserForm::getPassword, UserForm::setPassword);
        Binding<UserForm, String> repetition = binder.forField(repeated)
                .withValidator(value -> value.equals(password.getValue()),
                        repeated.getTranslation("users.validation.password-mismatch"))
                .bind(UserForm::getRepeated, UserForm::setRepeated);
        // correcting the first field must clear the mismatch shown under the second
        password.addValueChangeListener(event -> {
            if (!repeated.isEmpty()) {
                repetition.validate();
            }
        });
    }

    PasswordField password() {
        return password;
    }

    PasswordField repeated() {
        return repeated;
    }
}
