package org.socialdesk.ui.contentplan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanQuery;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.security.Caller;
import org.socialdesk.ui.OrganisationNames;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.layout.MainLayout;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * The content plan (д.2, д.7) of one organisation, or one of its accounts: a week or a month as a calendar whose
 * cards are dragged to another day to move them, or a filtered list. Days and times are the organisation's.
 */
@Route(value = "content-plan", layout = MainLayout.class)
public class ContentPlanView extends VerticalLayout implements AfterNavigationObserver {

    /** Where the plan is counted when no organisation is chosen: the region's own zone. */
    static final ZoneId ZONE = Organisation.ALTAI;

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** A new item starts at a usual morning posting time, which the editor changes anyway. */
    private static final LocalTime NEW_ITEM_TIME = LocalTime.of(10, 0);

    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final ComboBox<Account> account = new ComboBox<>();
    private final Tab weekTab = new Tab();
    private final Tab monthTab = new Tab();
    private final Tab listTab = new Tab();
    private final Tabs modes = new Tabs();
    private final Span periodLabel = new Span();
    private final HorizontalLayout periodBar = new HorizontalLayout();
    private final ServiceNotice notice = new ServiceNotice("plan-notice");
    private final Div calendar = new Div();
    private final PlanList list = new PlanList(this::open);
    private final PlanExportMenu export = new PlanExportMenu();
    private final Button importFile = new Button();

    private CalendarPeriod period = new CalendarPeriod(CalendarPeriod.Mode.WEEK, LocalDate.now(ZONE));
    private List<Organisation> known = List.of();
    private List<Account> accounts = List.of();
    private Map<Long, String> networkOf = Map.of();

    public ContentPlanView() {
        setId("content-plan-view");
        setSizeFull();

        organisation.setId("plan-organisation");
        organisation.setLabel(getTranslation("plan.organisation"));
        organisation.setItemLabelGenerator(OrganisationNames::shortest);
        organisation.setWidth("20em");
        // without one the list shows every organisation the caller can see; the calendar asks for one
        organisation.setClearButtonVisible(true);
        organisation.addValueChangeListener(event -> {
            readAccounts();
            show();
        });
        account.setId("plan-account");
        account.setLabel(getTranslation("plan.account"));
        account.setPlaceholder(getTranslation("plan.account.all"));
        account.setClearButtonVisible(true);
        account.setItemLabelGenerator(value -> value.network() + " — " + value.title());
        account.setWidth("20em");
        account.addValueChangeListener(event -> show());

        weekTab.setLabel(getTranslation("plan.mode.week"));
        weekTab.setId("plan-mode-week");
        monthTab.setLabel(getTranslation("plan.mode.month"));
        monthTab.setId("plan-mode-month");
        listTab.setLabel(getTranslation("plan.mode.list"));
        listTab.setId("plan-mode-list");
        modes.add(weekTab, monthTab, listTab);
        modes.setId("plan-mode");
        modes.addSelectedChangeListener(event -> {
            if (event.getSelectedTab() == weekTab) {
                period = period.withMode(CalendarPeriod.Mode.WEEK);
            } else if (event.getSelectedTab() == monthTab) {
                period = period.withMode(CalendarPeriod.Mode.MONTH);
            }
            show();
        });

        Button previous = iconButton("plan-previous", VaadinIcon.ANGLE_LEFT, "plan.previous", () -> {
            period = period.previous();
            show();
        });
        Button today = new Button(getTranslation("plan.today"), event -> {
            period = new CalendarPeriod(period.mode(), LocalDate.now(zone()));
            show();
        });
        today.setId("plan-today");
        Button next = iconButton("plan-next", VaadinIcon.ANGLE_RIGHT, "plan.next", () -> {
            period = period.next();
            show();
        });
        periodLabel.setId("plan-period");
        periodLabel.getStyle().set("font-weight", "600");
        periodBar.add(previous, today, next, periodLabel, export);
        periodBar.setAlignItems(FlexComponent.Alignment.CENTER);

        Button add = new Button(getTranslation("plan.new"), VaadinIcon.PLUS.create(), event -> openNew());
        add.setId("plan-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        importFile.setText(getTranslation("plan.import"));
        importFile.setIcon(VaadinIcon.UPLOAD.create());
        importFile.setId("plan-import");
        importFile.addClickListener(event -> openImport());

        HorizontalLayout toolbar = new HorizontalLayout(organisation, account, modes, add, importFile);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        calendar.setWidthFull();
        add(new H2(getTranslation("nav.content-plan")), toolbar, periodBar, notice, calendar, list);
        setFlexGrow(1, list);
    }

    /**
     * Reads the organisations again on every visit; the first one is shown until the user picks another. A link
     * with {@code ?item=ID} (the e-mail notices carry one) opens that item on its organisation's week.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Optional<PlanItem> linked = linkedItem(event);
        linked.ifPresent(item -> period = new CalendarPeriod(CalendarPeriod.Mode.WEEK, item.plannedAt() == null
                ? LocalDate.now(ZONE) : LocalDate.ofInstant(item.plannedAt(), zones().getOrDefault(
                        item.organisationId(), ZONE))));
        Long wanted = linked.map(PlanItem::organisationId)
                .orElse(organisation.getValue() == null ? null : organisation.getValue().id());
        known = notice.ask(PlatformServices.current().organisations(),
                service -> service.list(CurrentCaller.require())).orElse(List.of());
        organisation.setItems(known);
        Organisation keep = wanted == null ? null : known.stream()
                .filter(candidate -> wanted.equals(candidate.id())).findFirst().orElse(null);
        if (keep == null && !known.isEmpty()) {
            keep = known.get(0);
            period = new CalendarPeriod(period.mode(), LocalDate.now(keep.timeZone()));
        }
        if (Objects.equals(keep, organisation.getValue())) {
            // no change event will come, yet the plan may have changed since the last visit
            readAccounts();
            show();
        } else {
            organisation.setValue(keep);
        }
        linked.ifPresent(this::open);
    }

    /** The item of a {@code ?item=ID} link, when it exists and the caller may see it; otherwise says why not. */
    private Optional<PlanItem> linkedItem(AfterNavigationEvent event) {
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault("item", List.of());
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        if (ids.size() != 1 || !ids.get(0).matches("\\d{1,18}")) {
            PlanChanges.notifyError(getTranslation("plan.link.invalid"));
            return Optional.empty();
        }
        long id = Long.parseLong(ids.get(0));
        return notice.ask(PlatformServices.current().contentPlan(), service -> {
            try {
                return Optional.of(service.find(CurrentCaller.require(), id));
            } catch (PlanValidationException e) {
                // a link from an old e-mail to an item deleted since
                PlanChanges.notifyError(getTranslation("plan.link.missing", String.valueOf(id)));
                return Optional.<PlanItem>empty();
            }
        }).flatMap(found -> found);
    }

    private void readAccounts() {
        Organisation chosen = organisation.getValue();
        accounts = chosen == null ? List.of() : notice.ask(PlatformServices.current().accounts(),
                service -> service.listByOrganisation(CurrentCaller.require(), chosen.id())).orElse(List.of());
        networkOf = accounts.stream().filter(value -> value.id() != null)
                .collect(Collectors.toMap(Account::id, Account::network, (a, b) -> a));
        account.setItems(accounts);
    }

    private void show() {
        boolean listing = modes.getSelectedTab() == listTab;
        list.setVisible(listing);
        calendar.setVisible(!listing);
        periodBar.setVisible(!listing);
        if (listing) {
            list.show(organisationId(), accountId(), zones(), networkOf);
            return;
        }
        calendar.removeAll();
        periodLabel.setText(periodText());
        Organisation chosen = organisation.getValue();
        export.setEnabled(chosen != null);
        if (chosen == null) {
            calendar.add(new Paragraph(getTranslation("plan.choose-organisation")));
            return;
        }
        ZoneId zone = chosen.timeZone();
        export.offer(CurrentCaller.require(), chosen.id(), period.start(zone), period.end(zone),
                "socialdesk-plan-" + period.first() + "_" + period.last());
        PlanQuery query = new PlanQuery(chosen.id(), accountId(), null, null, period.start(zone), period.end(zone),
                null, 0, 0);
        Caller caller = CurrentCaller.require();
        List<PlanItem> items = notice.ask(PlatformServices.current().contentPlan(),
                service -> service.list(caller, query)).orElse(List.of());
        calendar.add(new PlanCalendar(period, items, zone, networkOf,
                item -> PlanAction.mayReschedule(item.state(), item.organisationId(), caller), this::open,
                this::move));
    }

    /** Moves the item to the day it was dropped on at the same time of day; a refused move redraws it back. */
    private void move(PlanItem item, LocalDate day) {
        Instant to = CalendarDays.movedTo(item.plannedAt(), day, zone());
        PlanChanges.apply(service -> service.reschedule(CurrentCaller.require(), item.id(), to),
                PlanChanges::notifyRejected, "plan.rescheduled");
        show();
    }

    /** Opens the item as it is stored now, which may be newer than the card or row it was picked from. */
    private void open(PlanItem listed) {
        notice.ask(PlatformServices.current().contentPlan(),
                service -> service.find(CurrentCaller.require(), listed.id())).ifPresent(item -> {
                    ZoneId zone = zones().getOrDefault(item.organisationId(), ZONE);
                    List<Account> itemAccounts = accountsOf(item.organisationId());
                    Map<Long, String> networks = itemAccounts.stream().filter(value -> value.id() != null)
                            .collect(Collectors.toMap(Account::id, Account::network, (a, b) -> a));
                    new PlanItemEditor(PlanDraft.of(item, zone, networks), zone, itemAccounts, connectors(),
                            changed -> show()).open();
                });
    }

    private void openNew() {
        Organisation chosen = organisation.getValue();
        if (chosen == null) {
            PlanChanges.notifyError(getTranslation("plan.choose-organisation"));
            return;
        }
        ZoneId zone = chosen.timeZone();
        LocalDate today = LocalDate.now(zone);
        LocalDate day = period.isOwn(today) || modes.getSelectedTab() == listTab ? today.plusDays(1) : period.first();
        PlanDraft draft = PlanDraft.newPost(chosen.id(), LocalDateTime.of(day, NEW_ITEM_TIME),
                CurrentCaller.require().username());
        if (account.getValue() != null) {
            draft.accountIds.add(account.getValue().id());
        }
        new PlanItemEditor(draft, zone, accounts, connectors(), saved -> showPeriodOf(saved, zone)).open();
    }

    /** After a new item is saved the calendar turns to its week or month, so that the user sees it there. */
    private void showPeriodOf(PlanItem saved, ZoneId zone) {
        if (saved.plannedAt() != null) {
            LocalDate day = saved.plannedAt().atZone(zone).toLocalDate();
            if (!period.isOwn(day)) {
                period = new CalendarPeriod(period.mode(), day);
            }
        }
        show();
    }

    private void openImport() {
        Organisation chosen = organisation.getValue();
        if (chosen == null) {
            PlanChanges.notifyError(getTranslation("plan.choose-organisation"));
            return;
        }
        new PlanImportDialog(chosen.id(), OrganisationNames.shortest(chosen), this::show).open();
    }

    private List<Account> accountsOf(long organisationId) {
        Organisation chosen = organisation.getValue();
        if (chosen != null && chosen.id() != null && chosen.id() == organisationId) {
            return accounts;
        }
        return notice.ask(PlatformServices.current().accounts(),
                service -> service.listByOrganisation(CurrentCaller.require(), organisationId)).orElse(List.of());
    }

    private Map<String, ConnectorDescription> connectors() {
        return PlatformServices.current().connectors().map(registry -> registry.installed().stream()
                .collect(Collectors.toMap(ConnectorDescription::id, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new)))
                .orElse(new LinkedHashMap<>());
    }

    private Map<Long, ZoneId> zones() {
        return known.stream().filter(value -> value.id() != null)
                .collect(Collectors.toMap(Organisation::id, Organisation::timeZone, (a, b) -> a));
    }

    private ZoneId zone() {
        return organisation.getValue() == null ? ZONE : organisation.getValue().timeZone();
    }

    private Long organisationId() {
        return organisation.getValue() == null ? null : organisation.getValue().id();
    }

    private Long accountId() {
        return account.getValue() == null ? null : account.getValue().id();
    }

    private String periodText() {
        if (period.mode() == CalendarPeriod.Mode.MONTH) {
            String month = period.anchor().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale());
            return month.substring(0, 1).toUpperCase(getLocale()) + month.substring(1) + " "
                    + period.anchor().getYear();
        }
        return getTranslation("plan.period.week", IsoWeek.of(period.anchor()).week(), DAY.format(period.first()),
                DAY.format(period.last()));
    }

    private Button iconButton(String id, VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), event -> action.run());
        button.setId(id);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }
}
