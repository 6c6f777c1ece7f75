package org.socialdesk.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.socialdesk.core.model.Account;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * The network credentials of one account, by name only: a stored value is never shown back, only replaced or
 * removed. The token vault decides who may see and change them; the dialog says what it answered.
 */
final class AccountSecretsDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final List<String> suggested;
    private final SecretChanges changes;
    private final ServiceNotice notice = new ServiceNotice("account-secrets-notice");
    private final VerticalLayout stored = new VerticalLayout();
    private final ComboBox<String> name = new ComboBox<>();
    private final SecretValueField value = new SecretValueField();
    private final VerticalLayout adding;
    /** The names as the vault last listed them, sorted for display. */
    private SortedSet<String> names = new TreeSet<>();

    AccountSecretsDialog(Account account) {
        accountId = account.id();
        suggested = SecretNames.suggested(account.network());
        changes = new SecretChanges(accountId, this::refresh);
        setId("account-secrets-dialog");
        setHeaderTitle(getTranslation("secrets.title", account.title(), account.network()));
        setWidth("50em");

        stored.setId("account-secrets-list");
        stored.setPadding(false);
        stored.setSpacing(false);

        name.setId("account-secrets-new-name");
        name.setLabel(getTranslation("secrets.name"));
        name.setHelperText(getTranslation("secrets.name.helper"));
        name.setWidth("16em");
        name.setAllowCustomValue(true);
        name.setManualValidation(true);
        name.addCustomValueSetListener(event -> name.setValue(event.getDetail().strip()));
        value.setId("account-secrets-new-value");
        value.setLabel(getTranslation("secrets.value"));
        Button save = new Button(getTranslation("secrets.save"), event -> add());
        save.setId("account-secrets-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, value, save);
        form.setWidthFull();
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setFlexGrow(1, value);
        adding = new VerticalLayout(new H4(getTranslation("secrets.add")), form);
        adding.setPadding(false);

        Button close = new Button(getTranslation("secrets.close"), event -> close());
        close.setId("account-secrets-close");
        getFooter().add(close);

        add(new Paragraph(getTranslation("secrets.hint")), notice, stored, adding);
        refresh();
    }

    /** Lists the names again, after every change too, so that the dialog shows what the vault holds. */
    private void refresh() {
        Optional<Set<String>> found = notice.ask(PlatformServices.current().tokenVault(),
                vault -> vault.names(CurrentCaller.require(), accountId));
        names = new TreeSet<>(found.orElse(Set.of()));
        stored.removeAll();
        for (String secret : names) {
            stored.add(new SecretRow(secret, field -> replace(secret, field), () -> confirmRemoval(secret)));
        }
        if (found.isPresent() && names.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("secrets.none"));
            none.setId("account-secrets-none");
            stored.add(none);
        }
        // a stored name is changed with «Заменить», so it is not offered again
        name.setItems(suggested.stream().filter(suggestion -> !names.contains(suggestion)).toList());
        // where the vault would not list the names it is gone or would refuse changes just as well
        adding.setVisible(found.isPresent());
    }

    private void add() {
        String chosen = name.getValue() == null ? "" : name.getValue().strip();
        boolean named = checkName(chosen);
        // both fields say what is wrong at once, instead of one after the other
        boolean filled = value.checkFilled();
        if (named && filled && store(chosen, value, "secrets.stored")) {
            name.clear();
        }
    }

    private boolean checkName(String chosen) {
        String error = !SecretNames.valid(chosen) ? "secrets.validation.name"
                : names.contains(chosen) ? "secrets.validation.exists" : null;
        name.setErrorMessage(error == null ? null : getTranslation(error));
        name.setInvalid(error != null);
        return error == null;
    }

    private void replace(String secret, SecretValueField field) {
        if (field.checkFilled()) {
            store(secret, field, "secrets.replaced");
        }
    }

    private boolean store(String secret, SecretValueField field, String doneKey) {
        return field.handOver(characters -> changes.apply(
                vault -> vault.store(CurrentCaller.require(), accountId, secret, characters), doneKey, secret));
    }

    private void confirmRemoval(String secret) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("account-secrets-remove-dialog");
        confirm.setHeader(getTranslation("secrets.remove.title", secret));
        confirm.setText(getTranslation("secrets.remove.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("secrets.cancel"));
        confirm.setConfirmText(getTranslation("secrets.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> changes.apply(
                vault -> vault.remove(CurrentCaller.require(), accountId, secret), "secrets.removed", secret));
        confirm.open();
    }
}
