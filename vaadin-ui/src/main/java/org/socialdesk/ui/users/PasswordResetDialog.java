package org.socialdesk.ui.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import org.socialdesk.core.security.UserAccount;
import org.socialdesk.ui.security.CurrentCaller;

/** A new password for a user who lost theirs; the administrator hands it over outside SocialDesk. */
final class PasswordResetDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final Binder<UserForm> binder = new Binder<>();

    PasswordResetDialog(UserAccount user, UserChanges changes) {
        setId("user-password-dialog");
        setHeaderTitle(getTranslation("users.password.title", user.username()));

        PasswordFields passwords = new PasswordFields(binder, "user-password");
        FormLayout form = new FormLayout(passwords.password(), passwords.repeated());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button cancel = new Button(getTranslation("users.cancel"), event -> close());
        cancel.setId("user-password-cancel");
        Button save = new Button(getTranslation("users.save"), event -> save(user, changes));
        save.setId("user-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        passwords.password().focus();
    }

    private void save(UserAccount user, UserChanges changes) {
        UserForm form = new UserForm();
        if (!binder.validate().isOk() || !binder.writeBeanIfValid(form)) {
            return;
        }
        if (changes.apply(service -> service.resetPassword(CurrentCaller.require(), user.username(),
                form.getPassword().toCharArray()), "users.password.done", user.username())) {
            close();
        }
    }
}
