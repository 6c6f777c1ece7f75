package org.socialdesk.ui.registry;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.OfficialMark;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.registry.RegistryValidationException;
import org.socialdesk.ui.OrganisationNames;
import org.socialdesk.ui.i18n.EnumKeys;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * One account of the registry, new or existing. The binder checks what it can as the user types; what only the
 * registry knows (a duplicate address, rights) comes back from the service and is shown beside its field.
 */
final class AccountForm extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final List<String> NETWORKS = List.of("vk", "ok", "telegram");
    private static final int MAX_QUOTA = 100;

    private final Binder<AccountDraft> binder = new Binder<>();
    private final AccountDraft draft;
    private final List<Organisation> organisations;
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final ComboBox<String> network = new ComboBox<>();
    private final TextField url = new TextField();
    private final TextField title = new TextField();
    private final TextField networkId = new TextField();
    private final IntegerField quota = new IntegerField();
    private final TextField editors = new TextField();
    /** The form fields by the service's names for them, to show its objections where they belong. */
    private final Map<String, HasValidation> byServiceField;

    /** @param saved called with the account as stored */
    AccountForm(AccountDraft draft, List<Organisation> organisations, Consumer<Account> saved) {
        this.draft = draft;
        this.organisations = organisations;
        setId("account-form");
        setHeaderTitle(draft.isNew() ? getTranslation("account.form.title.new")
                : getTranslation("account.form.title.edit", draft.title));
        setWidth("48em");

        organisation.setId("account-form-organisation");
        organisation.setLabel(getTranslation("account.form.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationNames::shortest);
        organisation.addValueChangeListener(event -> showDefaultQuota(event.getValue()));
        binder.forField(organisation).asRequired(getTranslation("account.validation.organisation"))
                .withConverter(Organisation::id, this::organisation)
                .bind(d -> d.organisationId, (d, id) -> d.organisationId = id);

        network.setId("account-form-network");
        network.setLabel(getTranslation("account.form.network"));
        network.setHelperText(getTranslation("account.form.network.helper"));
        network.setItems(NETWORKS);
        // networks without a connector are registered too, by name
        network.setAllowCustomValue(true);
        network.addCustomValueSetListener(event -> network.setValue(event.getDetail().strip()));
        binder.forField(network).asRequired(getTranslation("account.validation.network"))
                .bind(d -> d.network, (d, value) -> d.network = value.strip());

        url.setId("account-form-url");
        url.setLabel(getTranslation("account.form.url"));
        url.setHelperText(getTranslation("account.form.url.helper"));
        Binder.Binding<AccountDraft, String> urlBinding = binder.forField(url)
                .asRequired(getTranslation("account.validation.url"))
                .withValidator((value, context) -> checkAddress(value))
                .bind(d -> d.url, (d, value) -> d.url = value.strip());
        // the same address may fit one network and not another
        network.addValueChangeListener(event -> {
            if (!url.isEmpty()) {
                urlBinding.validate();
            }
        });

        title.setId("account-form-title");
        title.setLabel(getTranslation("account.form.title"));
        binder.forField(title).asRequired(getTranslation("account.validation.title"))
                // spaces alone pass the required check, which looks at the field before stripping
                .withValidator(value -> !value.isBlank(), getTranslation("account.validation.title"))
                .bind(d -> d.title, (d, value) -> d.title = value.strip());

        networkId.setId("account-form-network-id");
        networkId.setLabel(getTranslation("account.form.network-id"));
        binder.forField(networkId).bind(d -> d.networkId, (d, value) -> d.networkId = value);

        Select<OfficialMark> officialMark = new Select<>();
        officialMark.setId("account-form-official-mark");
        officialMark.setLabel(getTranslation("account.form.official-mark"));
        officialMark.setItems(OfficialMark.values());
        officialMark.setItemLabelGenerator(mark -> getTranslation(EnumKeys.of(mark)));
        binder.forField(officialMark).bind(d -> d.officialMark, (d, value) -> d.officialMark = value);

        quota.setId("account-form-quota");
        quota.setLabel(getTranslation("account.form.quota"));
        quota.setMin(1);
        quota.setMax(MAX_QUOTA);
        binder.forField(quota)
                .withValidator(value -> value == null || value >= 1 && value <= MAX_QUOTA,
                        getTranslation("account.validation.quota"))
                .bind(d -> d.weeklyQuota, (d, value) -> d.weeklyQuota = value);

        Checkbox description = checkbox("account-form-description", "account.form.description");
        binder.forField(description).bind(d -> d.description, (d, value) -> d.description = value);
        Checkbox avatar = checkbox("account-form-avatar", "account.form.avatar");
        binder.forField(avatar).bind(d -> d.avatar, (d, value) -> d.avatar = value);
        Checkbox cover = checkbox("account-form-cover", "account.form.cover");
        binder.forField(cover).bind(d -> d.cover, (d, value) -> d.cover = value);
        Checkbox widgets = checkbox("account-form-widgets", "account.form.widgets");
        binder.forField(widgets).bind(d -> d.widgets, (d, value) -> d.widgets = value);

        editors.setId("account-form-editors");
        editors.setLabel(getTranslation("account.form.editors"));
        editors.setHelperText(getTranslation("account.form.editors.helper"));
        binder.forField(editors).bind(d -> d.editors, (d, value) -> d.editors = value);

        byServiceField = Map.of("organisationId", organisation, "network", network, "url", url, "title", title,
                "networkId", networkId, "weeklyQuotaOverride", quota, "responsibleEditors", editors);

        binder.readBean(draft);
        showDefaultQuota(organisation.getValue());

        FormLayout form = new FormLayout(organisation, network, url, title, networkId, officialMark, quota, editors,
                description, avatar, cover, widgets);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(url, 2);
        add(form);

        Button cancel = new Button(getTranslation("account.form.cancel"), event -> close());
        cancel.setId("account-form-cancel");
        Button save = new Button(getTranslation("account.form.save"), event -> save(saved));
        save.setId("account-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    private void save(Consumer<Account> saved) {
        // the draft takes the values only when all of them are valid, so a refused save leaves it as it was
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        Account account = draft.toAccount();
        Optional<Account> stored = AccountChanges.apply(
                service -> draft.isNew() ? service.create(CurrentCaller.require(), account)
                        : service.update(CurrentCaller.require(), account),
                this::showRejection, draft.isNew() ? "account.form.created" : "account.form.updated");
        stored.ifPresent(result -> {
            close();
            saved.accept(result);
        });
    }

    private void showRejection(RegistryValidationException error) {
        HasValidation field = error.field() == null ? null : byServiceField.get(error.field());
        if (field == null) {
            AccountChanges.notifyRejected(error);
            return;
        }
        field.setErrorMessage(AccountChanges.message(error));
        field.setInvalid(true);
    }

    private ValidationResult checkAddress(String value) {
        return AccountAddress.problem(network.getValue(), value)
                .map(key -> ValidationResult.error(getTranslation(key, AccountAddress.prefix(network.getValue()))))
                .orElse(ValidationResult.ok());
    }

    private Organisation organisation(Long id) {
        return id == null ? null
                : organisations.stream().filter(candidate -> id.equals(candidate.id())).findFirst().orElse(null);
    }

    /** An empty quota means the organisation kind's default, so the form says which number that is. */
    private void showDefaultQuota(Organisation chosen) {
        quota.setHelperText(chosen == null ? getTranslation("account.form.quota.default")
                : getTranslation("account.form.quota.helper", chosen.kind().weeklyQuota()));
    }

    private Checkbox checkbox(String id, String key) {
        Checkbox checkbox = new Checkbox(getTranslation(key));
        checkbox.setId(id);
        return checkbox;
    }
}
