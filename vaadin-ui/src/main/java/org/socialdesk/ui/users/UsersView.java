package org.socialdesk.ui.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.core.security.UserAccount;
import org.socialdesk.ui.OrganisationNames;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.layout.MainLayout;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * Users, their roles and organisations, for administrators. Others get a sentence instead; the user service
 * refuses them anyway, the page only spares them buttons that cannot work.
 */
@Route(value = "users", layout = MainLayout.class)
public class UsersView extends VerticalLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(UsersView.class);

    private final boolean permitted = permits(CurrentCaller.get().orElse(null));
    private final Grid<UserAccount> grid = new Grid<>();
    private final ServiceNotice notice = new ServiceNotice("users-notice");
    private final Button block = new Button();
    private final Button resetPassword = new Button();
    private final Button roles = new Button();
    private final UserChanges changes = new UserChanges(this::refresh);
    /** {@code null} when the registry did not answer: roles then cannot be edited without losing their scopes. */
    private List<Organisation> organisations;
    private Map<Long, String> organisationNames = Map.of();

    public UsersView() {
        setId("users-view");
        setSizeFull();
        add(new H2(getTranslation("nav.users")));
        if (!permitted) {
            Paragraph denied = new Paragraph(getTranslation("users.denied"));
            denied.setId("users-denied");
            add(denied);
            return;
        }

        Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(),
                event -> new UserCreateDialog(changes, this::created).open());
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        block.setId("user-block");
        block.addClickListener(event -> selected().ifPresent(this::toggleBlocked));
        resetPassword.setText(getTranslation("users.reset-password"));
        resetPassword.setId("user-reset-password");
        resetPassword.addClickListener(event -> selected()
                .ifPresent(user -> new PasswordResetDialog(user, changes).open()));
        roles.setText(getTranslation("users.edit-roles"));
        roles.setId("user-roles");
        roles.addClickListener(event -> selected().ifPresent(this::editRoles));

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.username")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.display-name"))
                .setResizable(true).setFlexGrow(1);
        grid.addColumn(this::rolesText).setHeader(getTranslation("users.roles")).setTooltipGenerator(this::rolesText)
                .setResizable(true).setFlexGrow(3);
        grid.addColumn(user -> getTranslation(user.blocked() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("users.blocked")).setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(event -> selectionChanged(event.getValue()));
        selectionChanged(null);

        add(new HorizontalLayout(create, block, resetPassword, roles), notice, grid);
        setFlexGrow(1, grid);
    }

    public static boolean permits(Caller caller) {
        return caller != null && caller.has(Role.ADMINISTRATOR);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (permitted) {
            refresh();
        }
    }

    /** Reads users and organisations again and keeps the selected user selected. */
    private void refresh() {
        Caller caller = CurrentCaller.require();
        PlatformServices services = PlatformServices.current();
        organisations = organisations(services, caller);
        organisationNames = OrganisationNames.byId(organisations == null ? List.of() : organisations);
        String selected = selected().map(UserAccount::username).orElse(null);
        List<UserAccount> users = notice.ask(services.users(), service -> service.list(caller)).orElse(List.of());
        grid.setItems(users);
        select(selected);
    }

    /** Without organisations the grid still works and shows their numbers, so a failure is only logged. */
    private static List<Organisation> organisations(PlatformServices services, Caller caller) {
        try {
            return services.organisations().map(service -> service.list(caller)).orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("Organisations are unavailable for the users page", e);
            return null;
        }
    }

    private String rolesText(UserAccount user) {
        return RolesText.of(user.roles(), organisationNames, this::getTranslation);
    }

    private Optional<UserAccount> selected() {
        return Optional.ofNullable(grid.asSingleSelect().getValue());
    }

    private void select(String username) {
        grid.getListDataView().getItems().filter(user -> user.username().equals(username)).findFirst()
                .ifPresentOrElse(grid::select, grid::deselectAll);
    }

    private void selectionChanged(UserAccount user) {
        boolean chosen = user != null;
        block.setEnabled(chosen);
        resetPassword.setEnabled(chosen);
        roles.setEnabled(chosen);
        block.setText(getTranslation(chosen && user.blocked() ? "users.unblock" : "users.block"));
    }

    private void toggleBlocked(UserAccount user) {
        boolean blocking = !user.blocked();
        changes.apply(service -> service.setBlocked(CurrentCaller.require(), user.username(), blocking),
                blocking ? "users.blocked.done" : "users.unblocked.done", user.username());
    }

    /** A new user holds no role and cannot log in yet, so the roles dialog follows right away. */
    private void created(String username) {
        select(username);
        selected().ifPresent(this::editRoles);
    }

    private void editRoles(UserAccount user) {
        if (organisations == null) {
            Notification notification = Notification.show(getTranslation("users.error.organisations-unavailable"));
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        new UserRolesDialog(user, organisations, changes).open();
    }
}
