package org.socialdesk.ui.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.socialdesk.ui.security.CurrentCaller;

/** A new user's name, full name and first password. Roles come next, in their own dialog. */
final class UserCreateDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** The user service's rules; it checks them again. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    static final int MAX_DISPLAY_NAME_LENGTH = 300;

    private final Binder<UserForm> binder = new Binder<>();

    /** @param created called with the new user name once the service has created the user */
    UserCreateDialog(UserChanges changes, Consumer<String> created) {
        setId("user-create-dialog");
        setHeaderTitle(getTranslation("users.create.title"));

        TextField username = new TextField(getTranslation("users.username"));
        username.setId("user-create-username");
        username.setHelperText(getTranslation("users.username.helper"));
        binder.forField(username)
                .asRequired(getTranslation("users.validation.username"))
                .withConverter(String::strip, value -> value)
                .withValidator(value -> USERNAME.matcher(value).matches(),
                        getTranslation("users.validation.username"))
                .bind(UserForm::getUsername, UserForm::setUsername);

        TextField displayName = new TextField(getTranslation("users.display-name"));
        displayName.setId("user-create-display-name");
        binder.forField(displayName)
                .asRequired(getTranslation("users.validation.display-name"))
                .withConverter(String::strip, value -> value)
                // spaces alone pass the required check, which looks at the field before stripping
                .withValidator(value -> !value.isEmpty(), getTranslation("users.validation.display-name"))
                .withValidator(value -> value.length() <= MAX_DISPLAY_NAME_LENGTH,
                        getTranslation("users.validation.display-name-length"))
                .bind(UserForm::getDisplayName, UserForm::setDisplayName);

        PasswordFields passwords = new PasswordFields(binder, "user-create-password");

        FormLayout form = new FormLayout(username, displayName, passwords.password(), passwords.repeated());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button cancel = new Button(getTranslation("users.cancel"), event -> close());
        cancel.setId("user-create-cancel");
        Button save = new Button(getTranslation("users.save"), event -> save(changes, created));
        save.setId("user-create-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        username.focus();
    }

    private void save(UserChanges changes, Consumer<String> created) {
        UserForm form = new UserForm();
        if (!binder.validate().isOk() || !binder.writeBeanIfValid(form)) {
            return;
        }
        boolean done = changes.apply(service -> service.create(CurrentCaller.require(), form.getUsername(),
                form.getDisplayName(), form.getPassword().toCharArray()), "users.created", form.getUsername());
        if (done) {
            close();
            created.accept(form.getUsername());
        }
    }
}
