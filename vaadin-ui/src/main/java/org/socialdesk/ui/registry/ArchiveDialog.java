package org.socialdesk.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.registry.RegistryValidationException;
import org.socialdesk.ui.security.CurrentCaller;

/** Takes an account out of use; the registry keeps why, so the reason is required. */
final class ArchiveDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final TextArea reason = new TextArea();

    /** @param archived called with the account as stored */
    ArchiveDialog(Account account, Consumer<Account> archived) {
        setId("account-archive-dialog");
        setHeaderTitle(getTranslation("account.archive.title", account.title()));
        setWidth("32em");

        reason.setId("account-archive-reason");
        reason.setLabel(getTranslation("account.archive.reason"));
        reason.setWidthFull();
        reason.setManualValidation(true);
        add(reason);

        Button cancel = new Button(getTranslation("account.archive.cancel"), event -> close());
        cancel.setId("account-archive-cancel");
        Button confirm = new Button(getTranslation("account.archive.confirm"), event -> archive(account, archived));
        confirm.setId("account-archive-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, confirm);
        reason.focus();
    }

    private void archive(Account account, Consumer<Account> archived) {
        String text = reason.getValue().strip();
        if (text.isEmpty()) {
            showError(getTranslation("account.validation.reason"));
            return;
        }
        AccountChanges.apply(service -> service.archive(CurrentCaller.require(), account.id(), text),
                this::showRejection, "account.archive.done").ifPresent(result -> {
                    close();
                    archived.accept(result);
                });
    }

    private void showRejection(RegistryValidationException error) {
        showError(AccountChanges.message(error));
    }

    private void showError(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }
}
