package org.socialdesk.ui.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OverdueReason;
import org.socialdesk.core.model.SecurityChecklist;
import org.socialdesk.core.registry.RegistryValidationException;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.i18n.DatePickerTexts;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * The account's security checklist (д.2, д.4): two-factor authentication, who holds admin access and when that
 * list was last reviewed, the connection token, the last check. What is overdue is said beside its field and
 * follows the values as they are typed; the service records the checklist and audits it.
 */
final class AccountSecurityDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    // the same colour as the registry's overdue badge
    private static final String OVERDUE_COLOUR = "var(--lumo-error-text-color)";

    private final Account account;
    private final ServiceNotice notice = new ServiceNotice("account-security-notice");
    private final Checkbox twoFactor = new Checkbox();
    private final DatePicker reviewed = new DatePicker();
    private final TextField tokenStored = new TextField();
    private final DatePicker expires = new DatePicker();
    private final DatePicker checked = new DatePicker();
    private final UnorderedList overdueList = new UnorderedList();
    private final Paragraph upToDate = new Paragraph();
    private final Button save = new Button();
    /** The fields that say why each reason is overdue. */
    private final Map<OverdueReason, HasHelper> byReason;
    private AdministratorsEditor administrators;
    /** As the service last answered, for what the dialog only shows. */
    private SecurityChecklist loaded;

    /** @param recorded called once the service has recorded the checklist */
    AccountSecurityDialog(Account account, Consumer<SecurityChecklist> recorded) {
        this.account = account;
        setId("account-security-dialog");
        setHeaderTitle(getTranslation("security.title", account.title(), account.network()));
        setWidth("40em");

        twoFactor.setId("account-security-2fa");
        twoFactor.setLabel(getTranslation("security.two-factor"));
        datePicker(reviewed, "account-security-reviewed", "security.reviewed");
        tokenStored.setId("account-security-token");
        tokenStored.setLabel(getTranslation("security.token"));
        tokenStored.setReadOnly(true);
        tokenStored.setHelperText(getTranslation("security.token.helper"));
        datePicker(expires, "account-security-expires", "security.expires");
        expires.setHelperText(getTranslation("security.expires.helper"));
        datePicker(checked, "account-security-checked", "security.checked");
        byReason = Map.of(OverdueReason.TWO_FACTOR_UNCONFIRMED, twoFactor,
                OverdueReason.ADMINISTRATORS_NOT_REVIEWED, reviewed, OverdueReason.NOT_CHECKED, checked,
                OverdueReason.TOKEN_EXPIRING, expires);

        overdueList.setId("account-security-overdue");
        overdueList.getStyle().set("color", OVERDUE_COLOUR);
        upToDate.setId("account-security-up-to-date");
        upToDate.setText(getTranslation(account.state() == AccountState.ACTIVE
                ? "security.up-to-date" : "security.not-active"));

        Button close = new Button(getTranslation("security.close"), event -> close());
        close.setId("account-security-close");
        save.setText(getTranslation("security.save"));
        save.setId("account-security-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save(recorded));
        getFooter().add(close, save);

        add(notice);
        notice.ask(PlatformServices.current().accounts(),
                service -> service.checklist(CurrentCaller.require(), account.id())).ifPresentOrElse(this::show,
                        () -> save.setVisible(false));
    }

    private void show(SecurityChecklist checklist) {
        loaded = checklist;
        twoFactor.setValue(checklist.twoFactorConfirmed());
        administrators = new AdministratorsEditor(checklist.administrators());
        reviewed.setValue(checklist.administratorsReviewedOn());
        tokenStored.setValue(getTranslation(checklist.tokenStored() ? "security.token.stored"
                : "security.token.missing"));
        expires.setValue(checklist.tokenExpiresOn());
        checked.setValue(checklist.lastCheckedOn());

        // the service refuses others anyway; a form they cannot save would only mislead
        boolean editable = AccountEditRights.mayChange(CurrentCaller.require(), account);
        twoFactor.setReadOnly(!editable);
        administrators.setReadOnly(!editable);
        reviewed.setReadOnly(!editable);
        expires.setReadOnly(!editable);
        checked.setReadOnly(!editable);
        save.setVisible(editable);

        VerticalLayout fields = new VerticalLayout(twoFactor, administrators,
                withToday(reviewed, "account-security-reviewed-today", editable), tokenStored, expires,
                withToday(checked, "account-security-checked-today", editable));
        fields.setPadding(false);
        add(overdueList, upToDate, fields);

        twoFactor.addValueChangeListener(event -> showOverdue());
        reviewed.addValueChangeListener(event -> showOverdue());
        expires.addValueChangeListener(event -> showOverdue());
        checked.addValueChangeListener(event -> showOverdue());
        showOverdue();
    }

    /** The checklist as the fields hold it; whether a token is stored is the vault's to say, not the form's. */
    private SecurityChecklist entered() {
        return new SecurityChecklist(twoFactor.getValue(), administrators.names(), reviewed.getValue(),
                loaded.tokenStored(), expires.getValue(), checked.getValue());
    }

    private void showOverdue() {
        List<SecurityDue.Item> items = SecurityDue.overdue(account.state(), entered(), LocalDate.now(
                Organisation.ALTAI));
        overdueList.removeAll();
        byReason.values().forEach(field -> mark(field, null));
        for (SecurityDue.Item item : items) {
            String text = getTranslation(item.key(), item.parameters().toArray());
            overdueList.add(new ListItem(text));
            mark(byReason.get(item.reason()), text);
        }
        overdueList.setVisible(!items.isEmpty());
        upToDate.setVisible(items.isEmpty());
    }

    /** Says beside the field why it is overdue, in the colour of the registry's overdue badge. */
    private void mark(HasHelper field, String why) {
        field.setHelperText(why != null ? why : helper(field));
        if (why != null) {
            field.getElement().getStyle().set("--lumo-secondary-text-color", OVERDUE_COLOUR);
            field.getElement().getClassList().add("overdue");
        } else {
            field.getElement().getStyle().remove("--lumo-secondary-text-color");
            field.getElement().getClassList().remove("overdue");
        }
    }

    private String helper(HasHelper field) {
        return field == expires ? getTranslation("security.expires.helper") : null;
    }

    private void save(Consumer<SecurityChecklist> recorded) {
        SecurityChecklist checklist = entered();
        AccountChanges.apply(service -> service.recordChecklist(CurrentCaller.require(), account.id(), checklist),
                this::showRejection, "security.recorded", stored -> account.title()).ifPresent(stored -> {
                    close();
                    recorded.accept(stored);
                });
    }

    private void showRejection(RegistryValidationException error) {
        String message = AccountChanges.message(error);
        String field = error.field() == null ? "" : error.field();
        switch (field) {
            case "administrators" -> administrators.showError(message);
            case "administratorsReviewedOn" -> invalid(reviewed, message);
            case "tokenExpiresOn" -> invalid(expires, message);
            case "lastCheckedOn" -> invalid(checked, message);
            default -> AccountChanges.notifyRejected(error);
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void datePicker(DatePicker picker, String id, String key) {
        picker.setId(id);
        picker.setLabel(getTranslation(key));
        DatePickerTexts.apply(picker);
        // the registry's objection to a date goes once the date is changed
        picker.addValueChangeListener(event -> picker.setInvalid(false));
    }

    /** A date with a button that sets it to today, as a check is mostly recorded the day it was done. */
    private Component withToday(DatePicker picker, String id, boolean editable) {
        Button today = new Button(getTranslation("security.today"),
                event -> picker.setValue(LocalDate.now(Organisation.ALTAI)));
        today.setId(id);
        today.setAriaLabel(getTranslation("security.today.label", picker.getLabel()));
        today.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        today.setVisible(editable);
        HorizontalLayout row = new HorizontalLayout(picker, today);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
