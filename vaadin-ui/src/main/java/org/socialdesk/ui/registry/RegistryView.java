package org.socialdesk.ui.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.List;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.i18n.EnumKeys;
import org.socialdesk.ui.layout.MainLayout;
import org.socialdesk.ui.security.CurrentCaller;

/** The registry of official accounts: organisations, and the accounts of the one selected. */
@Route(value = "registry", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
public class RegistryView extends VerticalLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final Grid<Organisation> organisations = new Grid<>();
    private final ServiceNotice organisationsNotice = new ServiceNotice("organisations-notice");
    private final Grid<Account> accounts = new Grid<>();
    private final ServiceNotice accountsNotice = new ServiceNotice("accounts-notice");
    private final H3 accountsTitle = new H3();

    public RegistryView() {
        setId("registry-view");
        setSizeFull();

        organisations.setId("organisations-grid");
        organisations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        organisations.addColumn(Organisation::name).setHeader(getTranslation("registry.organisation.name"))
                .setTooltipGenerator(Organisation::name).setResizable(true).setFlexGrow(3);
        organisations.addColumn(Organisation::shortName)
                .setHeader(getTranslation("registry.organisation.short-name"));
        organisations.addColumn(organisation -> getTranslation(EnumKeys.of(organisation.kind())))
                .setHeader(getTranslation("registry.organisation.kind")).setResizable(true).setFlexGrow(2);
        organisations.addComponentColumn(organisation -> ExternalLink.of(organisation.website()))
                .setHeader(getTranslation("registry.organisation.website")).setFlexGrow(2);
        organisations.addComponentColumn(organisation -> demoMarker(organisation.demo()))
                .setHeader(getTranslation("registry.demo.header")).setAutoWidth(true).setFlexGrow(0);
        organisations.asSingleSelect().addValueChangeListener(event -> showAccounts(event.getValue()));

        accounts.setId("accounts-grid");
        accounts.addColumn(Account::network).setHeader(getTranslation("registry.account.network"));
        accounts.addColumn(Account::title).setHeader(getTranslation("registry.account.title"))
                .setTooltipGenerator(Account::title).setResizable(true).setFlexGrow(2);
        accounts.addComponentColumn(account -> ExternalLink.of(account.url()))
                .setHeader(getTranslation("registry.account.url")).setFlexGrow(3);
        accounts.addColumn(account -> getTranslation(EnumKeys.of(account.state())))
                .setHeader(getTranslation("registry.account.state"));
        accounts.addColumn(this::connection).setHeader(getTranslation("registry.account.connection"))
                .setAutoWidth(true);
        accounts.addComponentColumn(account -> demoMarker(account.demo()))
                .setHeader(getTranslation("registry.demo.header")).setAutoWidth(true).setFlexGrow(0);
        accounts.addComponentColumn(this::secretsButton).setAutoWidth(true).setFlexGrow(0);
        accounts.setEmptyStateText(getTranslation("registry.accounts.none"));

        add(new H2(getTranslation("registry.title")), organisationsNotice, organisations, accountsTitle,
                accountsNotice, accounts);
        // both lists share the height of the page instead of the first pushing the second out of sight
        setFlexGrow(1, organisations, accounts);
        showAccounts(null);
    }

    /** Reads the registry again on every visit, so what the press office changed elsewhere shows up. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        PlatformServices services = PlatformServices.current();
        List<Organisation> found = organisationsNotice
                .ask(services.organisations(), service -> service.list(CurrentCaller.require()))
                .orElse(List.of());
        organisations.setItems(found);
    }

    private void showAccounts(Organisation organisation) {
        boolean selected = organisation != null && organisation.id() != null;
        accountsTitle.setText(selected
                ? getTranslation("registry.accounts.of", organisation.name())
                : getTranslation("registry.accounts.hint"));
        accounts.setVisible(selected);
        accountsNotice.setVisible(false);
        if (selected) {
            accounts.setItems(accountsNotice
                    .ask(PlatformServices.current().accounts(),
                            service -> service.listByOrganisation(CurrentCaller.require(), organisation.id()))
                    .orElse(List.of()));
        }
    }

    /** Whether a connector for the account's network is installed now; without one the account is only listed. */
    private String connection(Account account) {
        boolean connected = PlatformServices.current().connectors()
                .map(registry -> registry.find(account.network()).isPresent()).orElse(false);
        return getTranslation(connected ? "registry.account.connected" : "registry.account.not-connected");
    }

    private Button secretsButton(Account account) {
        Button button = new Button(getTranslation("registry.account.secrets"), VaadinIcon.KEY.create(),
                event -> new AccountSecretsDialog(account).open());
        button.setId("account-secrets-" + account.id());
        // the rows of one organisation share a title, so the label names the network as well
        button.setAriaLabel(getTranslation("registry.account.secrets.label", account.network(), account.title()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Component demoMarker(boolean demo) {
        return demo ? new DemoMarker() : new Span();
    }
}
