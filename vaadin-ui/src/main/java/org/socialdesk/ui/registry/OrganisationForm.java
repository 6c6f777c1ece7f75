package org.socialdesk.ui.registry;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.registry.RegistryValidationException;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.ui.OrganisationNames;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.i18n.EnumKeys;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * One organisation, new or existing, with its responsible persons. Only the press office and administrators open
 * it; the service checks their right again and everything else, and its objection is shown beside its field.
 */
final class OrganisationForm extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(OrganisationForm.class);
    private static final int NOTICE_MILLIS = 6_000;
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private final Binder<OrganisationDraft> binder = new Binder<>();
    private final OrganisationDraft draft;
    private final List<Organisation> organisations;
    private final ResponsiblePersonsEditor persons;
    private final Map<String, HasValidation> byServiceField;

    /** @param saved called with the organisation as stored */
    OrganisationForm(OrganisationDraft draft, List<Organisation> organisations, Consumer<Organisation> saved) {
        this.draft = draft;
        this.organisations = organisations;
        setId("organisation-form");
        setHeaderTitle(draft.isNew() ? getTranslation("org.form.title.new")
                : getTranslation("org.form.title.edit", draft.name));
        setWidth("60em");

        TextField name = new TextField(getTranslation("org.form.name"));
        name.setId("organisation-form-name");
        binder.forField(name).asRequired(getTranslation("org.validation.name"))
                .withValidator(value -> !value.isBlank(), getTranslation("org.validation.name"))
                .bind(d -> d.name, (d, value) -> d.name = value.strip());

        TextField shortName = new TextField(getTranslation("org.form.short-name"));
        shortName.setId("organisation-form-short-name");
        binder.forField(shortName).bind(d -> d.shortName, (d, value) -> d.shortName = value);

        Select<OrganisationKind> kind = new Select<>();
        kind.setId("organisation-form-kind");
        kind.setLabel(getTranslation("org.form.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(EnumKeys.of(value)));
        binder.forField(kind).asRequired(getTranslation("org.validation.kind"))
                .bind(d -> d.kind, (d, value) -> d.kind = value);

        // an organisation cannot be placed under itself or anything under it
        Set<Long> excluded = new OrganisationTree(organisations).withDescendants(draft.id());
        ComboBox<Organisation> parent = new ComboBox<>(getTranslation("org.form.parent"));
        parent.setId("organisation-form-parent");
        parent.setItems(organisations.stream().filter(o -> !excluded.contains(o.id())).toList());
        parent.setItemLabelGenerator(OrganisationNames::shortest);
        parent.setClearButtonVisible(true);
        binder.forField(parent).withConverter(o -> o == null ? null : o.id(), this::organisation)
                .bind(d -> d.parentId, (d, value) -> d.parentId = value);

        TextField website = new TextField(getTranslation("org.form.website"));
        website.setId("organisation-form-website");
        website.setHelperText(getTranslation("org.form.website.helper"));
        binder.forField(website)
                .withValidator(value -> value.isBlank() || value.strip().matches("(?i)https?://[^\\s/]+.*"),
                        getTranslation("org.validation.website"))
                .bind(d -> d.website, (d, value) -> d.website = value);

        TextField region = new TextField(getTranslation("org.form.region"));
        region.setId("organisation-form-region");
        binder.forField(region).bind(d -> d.region, (d, value) -> d.region = value);

        ComboBox<String> zone = new ComboBox<>(getTranslation("org.form.time-zone"));
        zone.setId("organisation-form-time-zone");
        zone.setItems(ZONES);
        binder.forField(zone).asRequired(getTranslation("org.validation.time-zone"))
                .bind(d -> d.timeZone, (d, value) -> d.timeZone = value);

        persons = new ResponsiblePersonsEditor(draft.persons);
        byServiceField = Map.of("name", name, "shortName", shortName, "website", website, "region", region,
                "parentId", parent);
        binder.readBean(draft);

        FormLayout form = new FormLayout(name, shortName, kind, parent, website, region, zone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(name, 2);
        add(form, persons);

        Button cancel = new Button(getTranslation("org.form.cancel"), event -> close());
        cancel.setId("organisation-form-cancel");
        Button save = new Button(getTranslation("org.form.save"), event -> save(saved));
        save.setId("organisation-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    private void save(Consumer<Organisation> saved) {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        draft.persons = persons.persons();
        Organisation organisation = draft.toOrganisation();
        Optional<OrganisationService> service = PlatformServices.current().organisations();
        if (service.isEmpty()) {
            notice("service.unavailable", NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            Organisation stored = draft.isNew() ? service.get().create(CurrentCaller.require(), organisation)
                    : service.get().update(CurrentCaller.require(), organisation);
            notice(draft.isNew() ? "org.form.created" : "org.form.updated", NotificationVariant.LUMO_SUCCESS,
                    stored.name());
            close();
            saved.accept(stored);
        } catch (RegistryValidationException e) {
            showRejection(e);
        } catch (AccessDeniedException e) {
            notice("account.error.denied", NotificationVariant.LUMO_ERROR);
        } catch (RuntimeException e) {
            LOG.error("The organisation service failed", e);
            notice("service.failed", NotificationVariant.LUMO_ERROR);
        }
    }

    private void showRejection(RegistryValidationException error) {
        String field = error.field() == null ? "" : error.field();
        Optional<HasValidation> target = Optional.<HasValidation>ofNullable(byServiceField.get(field))
                .or(() -> persons.field(field));
        if (target.isEmpty()) {
            AccountChanges.notifyRejected(error);
            return;
        }
        target.get().setErrorMessage(AccountChanges.message(error));
        target.get().setInvalid(true);
    }

    private Organisation organisation(Long id) {
        return id == null ? null
                : organisations.stream().filter(candidate -> id.equals(candidate.id())).findFirst().orElse(null);
    }

    private static void notice(String key, NotificationVariant variant, Object... parameters) {
        Notification notification = new Notification(UI.getCurrent().getTranslation(key, parameters),
                NOTICE_MILLIS, Notification.Position.TOP_CENTER);
        notification.setId("organisations-notification");
        notification.addThemeVariants(variant);
        notification.open();
    }
}
