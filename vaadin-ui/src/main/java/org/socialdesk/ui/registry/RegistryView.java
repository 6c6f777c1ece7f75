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
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OverdueAccount;
import org.socialdesk.core.model.OverdueReason;
import org.socialdesk.core.registry.AccountPage;
import org.socialdesk.core.registry.AccountQuery;
import org.socialdesk.core.registry.AccountSort;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.ui.ExternalLink;
import org.socialdesk.ui.OrganisationNames;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.i18n.EnumKeys;
import org.socialdesk.ui.layout.MainLayout;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * The registry of official accounts: organisations, and the accounts of the one selected or of all. Accounts
 * are fetched a window at a time, so that a registry of thousands scrolls as fast as one of ten.
 */
@Route(value = "registry", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
public class RegistryView extends VerticalLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;
    private static final double ORGANISATION_PANEL_PERCENT = 30;

    private final TreeGrid<Organisation> organisations = new TreeGrid<>();
    private final ServiceNotice organisationsNotice = new ServiceNotice("organisations-notice");
    private final Grid<Account> accounts = new Grid<>();
    private final ServiceNotice accountsNotice = new ServiceNotice("accounts-notice");
    private final H3 accountsTitle = new H3();
    private final AccountFilterBar filterBar = new AccountFilterBar(changed -> applyFilter());
    private final RegistryExportMenu export = new RegistryExportMenu();
    private final Button addOrganisation = new Button(VaadinIcon.PLUS.create());
    private final Button editOrganisation = new Button(VaadinIcon.EDIT.create());
    private final Button organisationHistory = new Button(VaadinIcon.TIME_BACKWARD.create());
    private final Button importAccounts = new Button(VaadinIcon.UPLOAD.create());
    private final DataProvider<Account, Void> accountPages = DataProvider.fromCallbacks(this::fetch, this::count);

    private AccountFilter filter = AccountFilter.NONE;
    private List<Organisation> known = List.of();
    private OrganisationTree tree = new OrganisationTree(List.of());
    private Map<Long, String> organisationNames = Map.of();
    /** Why each account with overdue checks is overdue, read again whenever the grid is. */
    private Map<Long, List<OverdueReason>> overdue = Map.of();

    public RegistryView() {
        setId("registry-view");
        setSizeFull();
        accountsTitle.setId("accounts-title");

        organisations.setId("organisations-grid");
        organisations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // the tree shows short names, as officials call the bodies; the full name is beside it
        organisations.addHierarchyColumn(OrganisationNames::shortest)
                .setHeader(getTranslation("registry.organisation.short-name")).setResizable(true).setFlexGrow(2);
        organisations.addColumn(Organisation::name).setHeader(getTranslation("registry.organisation.name"))
                .setTooltipGenerator(Organisation::name).setResizable(true).setFlexGrow(3);
        organisations.addColumn(organisation -> getTranslation(EnumKeys.of(organisation.kind())))
                .setHeader(getTranslation("registry.organisation.kind")).setResizable(true).setFlexGrow(1);
        organisations.addComponentColumn(organisation -> demoMarker(organisation.demo()))
                .setHeader(getTranslation("registry.demo.header")).setAutoWidth(true).setFlexGrow(0);
        organisations.asSingleSelect().addValueChangeListener(event -> {
            editOrganisation.setEnabled(event.getValue() != null);
            organisationHistory.setEnabled(event.getValue() != null);
            applyFilter();
        });

        accounts.setId("accounts-grid");
        accounts.addColumn(account -> OrganisationNames.of(account.organisationId(), organisationNames))
                .setHeader(getTranslation("registry.account.organisation"))
                .setSortProperty(AccountSort.ORGANISATION.name()).setResizable(true);
        accounts.addColumn(Account::network).setHeader(getTranslation("registry.account.network"))
                .setSortProperty(AccountSort.NETWORK.name());
        accounts.addColumn(Account::title).setHeader(getTranslation("registry.account.title"))
                .setSortProperty(AccountSort.TITLE.name())
                .setTooltipGenerator(Account::title).setResizable(true).setFlexGrow(2);
        accounts.addComponentColumn(account -> ExternalLink.of(account.url()))
                .setHeader(getTranslation("registry.account.url")).setSortProperty(AccountSort.URL.name())
                .setFlexGrow(3);
        accounts.addComponentColumn(this::state).setHeader(getTranslation("registry.account.state"))
                .setSortProperty(AccountSort.STATE.name()).setAutoWidth(true);
        accounts.addColumn(this::connection).setHeader(getTranslation("registry.account.connection"))
                .setAutoWidth(true);
        accounts.addComponentColumn(account -> demoMarker(account.demo()))
                .setHeader(getTranslation("registry.demo.header")).setAutoWidth(true).setFlexGrow(0);
        // the actions stay in sight however far a narrow screen scrolls the columns
        accounts.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        accounts.setPartNameGenerator(account -> overdue.containsKey(account.id()) ? "overdue" : null);
        accounts.setEmptyStateText(getTranslation("registry.accounts.none"));
        accounts.setItems(accountPages);
        accounts.addSortListener(event -> offerExport());

        Button add = new Button(getTranslation("registry.account.add"), VaadinIcon.PLUS.create(),
                event -> openForm(new AccountDraft(selectedOrganisationId())));
        add.setId("account-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button embed = new Button(getTranslation("registry.embed"), VaadinIcon.CODE.create(), event -> {
            Organisation selected = organisations.asSingleSelect().getValue();
            new EmbedSnippetDialog(selectedOrganisationId(), selected == null ? null : selected.name()).open();
        });
        embed.setId("registry-embed");
        iconButton(importAccounts, "registry-import", "registry.import");
        importAccounts.addClickListener(event -> new RegistryImportDialog(this::applyFilter).open());
        HorizontalLayout toolbar = new HorizontalLayout(filterBar, importAccounts, export, embed, add);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexGrow(1, filterBar);

        iconButton(addOrganisation, "organisation-add", "org.add");
        addOrganisation.addClickListener(event -> openOrganisationForm(new OrganisationDraft(
                selectedOrganisationId())));
        iconButton(editOrganisation, "organisation-edit", "org.edit");
        editOrganisation.setEnabled(false);
        editOrganisation.addClickListener(event -> openOrganisationForm(OrganisationDraft.of(
                organisations.asSingleSelect().getValue())));
        iconButton(organisationHistory, "organisation-history", "org.history");
        organisationHistory.setEnabled(false);
        organisationHistory.addClickListener(event -> new OrganisationHistoryDialog(
                organisations.asSingleSelect().getValue(), organisationNames).open());
        HorizontalLayout organisationTools = new HorizontalLayout(new H3(getTranslation("registry.organisations")),
                addOrganisation, editOrganisation, organisationHistory);
        organisationTools.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout organisationPanel = new VerticalLayout(organisationTools, organisationsNotice, organisations);
        organisationPanel.setPadding(false);
        organisationPanel.setFlexGrow(1, organisations);
        VerticalLayout accountPanel = new VerticalLayout(accountsTitle, toolbar, accountsNotice, accounts);
        accountPanel.setPadding(false);
        accountPanel.setFlexGrow(1, accounts);
        // the tree beside the grid: choosing an organisation never scrolls the accounts out of sight
        SplitLayout panels = new SplitLayout(organisationPanel, accountPanel);
        panels.setSizeFull();
        panels.setSplitterPosition(ORGANISATION_PANEL_PERCENT);

        add(new H2(getTranslation("registry.title")), panels);
        setFlexGrow(1, panels);
    }

    /** Reads the registry again on every visit, so what the press office changed elsewhere shows up. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        readOrganisations();
        applyFilter();
    }

    private void readOrganisations() {
        PlatformServices services = PlatformServices.current();
        known = organisationsNotice
                .ask(services.organisations(), service -> service.list(CurrentCaller.require()))
                .orElse(List.of());
        organisationNames = OrganisationNames.byId(known);
        tree = new OrganisationTree(known);
        organisations.setItems(tree.roots(), tree::children);
        organisations.expandRecursively(tree.roots(), Integer.MAX_VALUE);
        // organisations frame the registry: the press office keeps them (д.3), editors keep their accounts
        Caller caller = CurrentCaller.require();
        boolean keeper = caller.has(Role.ADMINISTRATOR) || caller.has(Role.PRESS_OFFICE);
        addOrganisation.setVisible(keeper);
        editOrganisation.setVisible(keeper);
        importAccounts.setVisible(keeper || caller.has(Role.EDITOR));
    }

    private void applyFilter() {
        Organisation organisation = organisations.asSingleSelect().getValue();
        accountsTitle.setText(organisation != null
                ? getTranslation("registry.accounts.of", organisation.name())
                : getTranslation("registry.accounts.hint"));
        filter = filterBar.filter().withOrganisation(selectedOrganisationId());
        overdue = accountsNotice.ask(PlatformServices.current().accounts(),
                service -> service.overdue(CurrentCaller.require())).orElse(List.of()).stream()
                .collect(Collectors.toMap(found -> found.account().id(), OverdueAccount::reasons, (a, b) -> a));
        accountPages.refreshAll();
        offerExport();
    }

    /** The export holds what the grid shows, in its order. */
    private void offerExport() {
        export.offer(CurrentCaller.require(),
                filter.query(0, 1, accounts.getDataCommunicator().getBackEndSorting()));
    }

    private void openOrganisationForm(OrganisationDraft draft) {
        new OrganisationForm(draft, known, saved -> {
            readOrganisations();
            // selecting the stored organisation shows its accounts; its previous copy is gone with the old tree
            known.stream().filter(o -> saved.id().equals(o.id())).findFirst()
                    .ifPresentOrElse(organisations::select, this::applyFilter);
        }).open();
    }

    private void iconButton(Button button, String id, String key) {
        button.setId(id);
        button.setTooltipText(getTranslation(key));
        button.setAriaLabel(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
    }

    private Stream<Account> fetch(Query<Account, Void> query) {
        return page(filter.query(query.getOffset(), query.getLimit(), query.getSortOrders())).accounts().stream();
    }

    /** The total of a one-account page, which the service counts with the same filter. */
    private int count(Query<Account, Void> query) {
        return (int) Math.min(Integer.MAX_VALUE, page(filter.query(0, 1, query.getSortOrders())).total());
    }

    private AccountPage page(AccountQuery query) {
        return accountsNotice.ask(PlatformServices.current().accounts(),
                service -> service.list(CurrentCaller.require(), query)).orElse(new AccountPage(List.of(), 0));
    }

    private Long selectedOrganisationId() {
        Organisation selected = organisations.asSingleSelect().getValue();
        return selected == null ? null : selected.id();
    }

    private void openForm(AccountDraft draft) {
        new AccountForm(draft, known, this::showSaved).open();
    }

    /** A saved account of another organisation than the one selected would vanish from sight; its own is shown. */
    private void showSaved(Account account) {
        Long selected = selectedOrganisationId();
        if (selected != null && selected != account.organisationId()) {
            known.stream().filter(organisation -> Long.valueOf(account.organisationId()).equals(organisation.id()))
                    .findFirst()
                    .ifPresentOrElse(organisations::select, this::applyFilter);
        } else {
            applyFilter();
        }
    }

    /** The state, and a badge with the reasons when security checks are overdue. */
    private Component state(Account account) {
        Span state = new Span(getTranslation(EnumKeys.of(account.state())));
        List<OverdueReason> reasons = overdue.get(account.id());
        if (reasons == null) {
            return state;
        }
        Span badge = new OverdueMarker(reasons.stream().map(reason -> getTranslation(EnumKeys.of(reason)))
                .collect(Collectors.joining("; ")));
        HorizontalLayout both = new HorizontalLayout(state, badge);
        both.setSpacing(true);
        return both;
    }

    /** Whether a connector for the account's network is installed now; without one the account is only listed. */
    private String connection(Account account) {
        boolean connected = PlatformServices.current().connectors()
                .map(registry -> registry.find(account.network()).isPresent()).orElse(false);
        return getTranslation(connected ? "registry.account.connected" : "registry.account.not-connected");
    }

    private Component actions(Account account) {
        HorizontalLayout actions = new HorizontalLayout(
                actionButton(account, "account-edit-", "registry.account.edit", VaadinIcon.EDIT,
                        () -> openForm(AccountDraft.of(account))),
                actionButton(account, "account-history-", "registry.account.history", VaadinIcon.TIME_BACKWARD,
                        () -> new AccountHistoryDialog(account).open()),
                actionButton(account, "account-check-", "registry.account.check", VaadinIcon.CHECK_SQUARE_O,
                        () -> new AccountCheckDialog(account).open()),
                actionButton(account, "account-security-", "security.action", VaadinIcon.SHIELD,
                        () -> new AccountSecurityDialog(account, recorded -> applyFilter()).open()),
                secretsButton(account));
        if (account.state() != AccountState.ARCHIVED) {
            actions.addComponentAtIndex(1, actionButton(account, "account-archive-", "registry.account.archive",
                    VaadinIcon.ARCHIVE, () -> new ArchiveDialog(account, archived -> applyFilter()).open()));
        }
        actions.setSpacing(false);
        return actions;
    }

    /** An icon button; its label names the network and title, as the rows of one organisation share a title. */
    private Button actionButton(Account account, String idPrefix, String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(icon.create(), event -> action.run());
        button.setId(idPrefix + account.id());
        button.setTooltipText(getTranslation(key));
        button.setAriaLabel(getTranslation("registry.account.action.label", getTranslation(key), account.network(),
                account.title()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
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
