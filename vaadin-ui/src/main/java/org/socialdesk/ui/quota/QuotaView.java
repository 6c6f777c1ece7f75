package org.socialdesk.ui.quota;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.QuotaStatus;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.ui.OrganisationNames;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.i18n.DatePickerTexts;
import org.socialdesk.ui.i18n.EnumKeys;
import org.socialdesk.ui.layout.MainLayout;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * Weekly quotas of д.6: for an ISO week, each account's published and planned publications against what it
 * needs, with a traffic light, a chart per organisation and a warning about the accounts that will miss.
 */
@Route(value = "quotas", layout = MainLayout.class)
public class QuotaView extends VerticalLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Map<QuotaStatus, String> LIGHTS = Map.of(
            QuotaStatus.MET, "var(--lumo-success-color)",
            QuotaStatus.ON_TRACK, "var(--lumo-warning-color, #f5a623)",
            QuotaStatus.AT_RISK, "var(--lumo-error-color)");

    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final DatePicker day = new DatePicker();
    private final Span weekLabel = new Span();
    private final ServiceNotice notice = new ServiceNotice("quota-notice");
    private final Div warnings = new Div();
    private final Grid<AccountQuota> grid = new Grid<>();
    private final Div charts = new Div();
    private final QuotaReportMenu report = new QuotaReportMenu();

    private IsoWeek week = IsoWeek.of(Instant.now(), Organisation.ALTAI);
    private Map<Long, String> organisationNames = Map.of();

    public QuotaView() {
        setId("quota-view");
        setSizeFull();

        organisation.setId("quota-organisation");
        organisation.setLabel(getTranslation("quota.organisation"));
        organisation.setPlaceholder(getTranslation("quota.organisation.all"));
        organisation.setClearButtonVisible(true);
        organisation.setItemLabelGenerator(OrganisationNames::shortest);
        organisation.setWidth("20em");
        organisation.addValueChangeListener(event -> show());

        day.setId("quota-week");
        day.setLabel(getTranslation("quota.week"));
        day.setHelperText(getTranslation("quota.week.helper"));
        DatePickerTexts.apply(day);
        day.setValue(week.monday());
        day.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                week = IsoWeek.of(event.getValue());
                show();
            }
        });
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(),
                event -> day.setValue(week.monday().minusWeeks(1)));
        previous.setId("quota-previous");
        previous.setAriaLabel(getTranslation("quota.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), event -> day.setValue(week.next().monday()));
        next.setId("quota-next");
        next.setAriaLabel(getTranslation("quota.next"));
        Button current = new Button(getTranslation("quota.current"),
                event -> day.setValue(IsoWeek.of(Instant.now(), Organisation.ALTAI).monday()));
        current.setId("quota-current");
        weekLabel.setId("quota-week-label");
        weekLabel.getStyle().set("font-weight", "600");
        HorizontalLayout toolbar = new HorizontalLayout(organisation, day, previous, current, next, weekLabel,
                report);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        warnings.setId("quota-warnings");
        warnings.getStyle().set("border-left", "4px solid var(--lumo-error-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");

        grid.setId("quota-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(quota -> OrganisationNames.of(quota.organisationId(), organisationNames))
                .setHeader(getTranslation("quota.column.organisation")).setResizable(true).setSortable(true);
        grid.addColumn(AccountQuota::network).setHeader(getTranslation("quota.column.network")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(AccountQuota::accountTitle).setHeader(getTranslation("quota.column.account"))
                .setResizable(true).setFlexGrow(2).setSortable(true);
        grid.addColumn(AccountQuota::required).setHeader(getTranslation("quota.column.required")).setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(AccountQuota::published).setHeader(getTranslation("quota.column.published"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(AccountQuota::planned).setHeader(getTranslation("quota.column.planned")).setAutoWidth(true)
                .setSortable(true);
        grid.addComponentColumn(this::light).setHeader(getTranslation("quota.column.status")).setAutoWidth(true)
                .setComparator(AccountQuota::status);
        grid.setEmptyStateText(getTranslation("quota.none"));
        // a fixed height keeps a table of thousands of accounts virtualised, with the charts below it
        grid.setHeight("28em");

        charts.setId("quota-charts");
        add(new H2(getTranslation("quota.title")), toolbar, notice, warnings, grid, charts);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<Organisation> known = notice.ask(PlatformServices.current().organisations(),
                service -> service.list(CurrentCaller.require())).orElse(List.of());
        organisationNames = OrganisationNames.byId(known);
        organisation.setItems(known);
        show();
    }

    private void show() {
        weekLabel.setText(getTranslation("quota.week.label", week.week(), DAY.format(week.monday()),
                DAY.format(week.monday().plusDays(6))));
        Long organisationId = organisation.getValue() == null ? null : organisation.getValue().id();
        List<AccountQuota> quotas = notice.ask(PlatformServices.current().quotas(),
                service -> RequestQuotas.week(service, CurrentCaller.require(), organisationId, week))
                .orElse(List.of());
        grid.setItems(quotas);
        report.offer(CurrentCaller.require(), organisationId, week);
        showWarnings(quotas);
        showCharts(quotas);
    }

    /** The accounts that will miss, said in words: a red light in a long table is easy to overlook. */
    private void showWarnings(List<AccountQuota> quotas) {
        List<AccountQuota> atRisk = quotas.stream().filter(quota -> quota.status() == QuotaStatus.AT_RISK).toList();
        warnings.removeAll();
        warnings.setVisible(!atRisk.isEmpty());
        if (atRisk.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (AccountQuota quota : atRisk) {
            ListItem line = new ListItem(getTranslation("quota.warning.account",
                    OrganisationNames.of(quota.organisationId(), organisationNames), quota.network(),
                    quota.accountTitle(), quota.published(), quota.planned(), quota.required()));
            line.setId("quota-warning-" + quota.accountId());
            list.add(line);
        }
        warnings.add(new H4(getTranslation("quota.warning.title", atRisk.size())), list);
    }

    private void showCharts(List<AccountQuota> quotas) {
        charts.removeAll();
        Map<Long, List<AccountQuota>> byOrganisation = quotas.stream().collect(Collectors.groupingBy(
                AccountQuota::organisationId, LinkedHashMap::new, Collectors.toList()));
        if (!byOrganisation.isEmpty()) {
            charts.add(new H3(getTranslation("quota.charts")));
        }
        byOrganisation.forEach((organisationId, accounts) -> {
            String name = OrganisationNames.of(organisationId, organisationNames);
            QuotaChart chart = new QuotaChart(getTranslation("quota.chart.title", name),
                    getTranslation("quota.column.published"), getTranslation("quota.column.planned"),
                    getTranslation("quota.column.required"));
            Div drawing = new Div();
            drawing.setId("quota-chart-" + organisationId);
            drawing.getStyle().set("overflow-x", "auto");
            // set as it is: the Html component would create the svg element outside the SVG namespace
            drawing.getElement().setProperty("innerHTML", chart.svg(accounts));
            charts.add(new H4(name), drawing);
        });
    }

    private Component light(AccountQuota quota) {
        Span dot = new Span();
        dot.getStyle().set("display", "inline-block").set("width", "0.8em").set("height", "0.8em")
                .set("border-radius", "50%").set("background", LIGHTS.get(quota.status()))
                .set("margin-right", "var(--lumo-space-xs)");
        Span label = new Span(dot, new Span(getTranslation(EnumKeys.of(quota.status()))));
        label.setId("quota-status-" + quota.accountId());
        return label;
    }
}
