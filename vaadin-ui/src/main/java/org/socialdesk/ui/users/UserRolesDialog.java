package org.socialdesk.ui.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.security.Role;
import org.socialdesk.core.security.UserAccount;
import org.socialdesk.ui.OrganisationNames;
import org.socialdesk.ui.i18n.EnumKeys;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * Which roles a user holds and for which organisations. No organisation chosen means all of them, the way the
 * press office works; the administrator role always covers all, so it has no chooser.
 */
final class UserRolesDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final Map<Role, Checkbox> held = new EnumMap<>(Role.class);
    private final Map<Role, MultiSelectComboBox<Organisation>> scopes = new EnumMap<>(Role.class);

    UserRolesDialog(UserAccount user, List<Organisation> organisations, UserChanges changes) {
        setId("user-roles-dialog");
        setHeaderTitle(getTranslation("users.roles.title", user.username()));
        setWidth("44em");

        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        for (Role role : Role.values()) {
            rows.add(row(role, user.roles().get(role), organisations));
        }
        add(rows);

        Button cancel = new Button(getTranslation("users.cancel"), event -> close());
        cancel.setId("user-roles-cancel");
        Button save = new Button(getTranslation("users.save"), event -> save(user, changes));
        save.setId("user-roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    /** @param scope the organisations the user holds the role for now, or {@code null} when they do not hold it */
    private HorizontalLayout row(Role role, Set<Long> scope, List<Organisation> organisations) {
        String id = "user-role-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Checkbox checkbox = new Checkbox(getTranslation(EnumKeys.of(role)), scope != null);
        checkbox.setId(id);
        checkbox.setWidth("14em");
        held.put(role, checkbox);
        HorizontalLayout row = new HorizontalLayout(checkbox);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (role == Role.ADMINISTRATOR) {
            row.add(new Span(getTranslation("users.all-organisations")));
            return row;
        }
        MultiSelectComboBox<Organisation> chooser = new MultiSelectComboBox<>();
        chooser.setId(id + "-organisations");
        chooser.setAriaLabel(getTranslation("users.roles.organisations", getTranslation(EnumKeys.of(role))));
        chooser.setPlaceholder(getTranslation("users.all-organisations"));
        chooser.setItems(organisations);
        chooser.setItemLabelGenerator(OrganisationNames::shortest);
        chooser.setClearButtonVisible(true);
        chooser.setWidthFull();
        if (scope != null) {
            chooser.setValue(organisations.stream().filter(o -> scope.contains(o.id())).collect(Collectors.toSet()));
        }
        chooser.setEnabled(checkbox.getValue());
        checkbox.addValueChangeListener(event -> chooser.setEnabled(event.getValue()));
        scopes.put(role, chooser);
        row.add(chooser);
        row.setFlexGrow(1, chooser);
        return row;
    }

    private void save(UserAccount user, UserChanges changes) {
        Map<Role, Set<Long>> roles = new EnumMap<>(Role.class);
        held.forEach((role, checkbox) -> {
            if (checkbox.getValue()) {
                MultiSelectComboBox<Organisation> chooser = scopes.get(role);
                roles.put(role, chooser == null ? Set.of()
                        : chooser.getValue().stream().map(Organisation::id).collect(Collectors.toSet()));
            }
        });
        if (changes.apply(service -> service.setRoles(CurrentCaller.require(), user.username(), roles),
                "users.roles.done", user.username())) {
            close();
        }
    }
}
