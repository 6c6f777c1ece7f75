package org.socialdesk.ui.contentplan;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanQuery;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.i18n.EnumKeys;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * The plan as a list with filters, fetched a window at a time so that a plan of thousands scrolls as fast as one
 * of ten. The service gives no count, so the grid grows as it is scrolled.
 */
final class PlanList extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Grid<PlanItem> grid = new Grid<>();
    private final ServiceNotice notice = new ServiceNotice("plan-list-notice");
    private final MultiSelectComboBox<PlanItemState> states = new MultiSelectComboBox<>();
    private final Select<PlanItemKind> kind = new Select<>();
    private final TextField text = new TextField();
    private Long organisationId;
    private Long accountId;
    private Map<Long, ZoneId> zones = Map.of();
    private Map<Long, String> networkOf = Map.of();

    PlanList(Consumer<PlanItem> open) {
        setId("plan-list-view");
        setPadding(false);
        setSizeFull();

        states.setId("plan-filter-state");
        states.setLabel(getTranslation("plan.filter.state"));
        states.setItems(PlanItemState.values());
        states.setItemLabelGenerator(state -> getTranslation(EnumKeys.of(state)));
        states.addValueChangeListener(event -> refresh());
        kind.setId("plan-filter-kind");
        kind.setLabel(getTranslation("plan.filter.kind"));
        kind.setItems(PlanItemKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("plan.filter.any"));
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("plan.filter.any")
                : getTranslation(EnumKeys.of(value)));
        kind.addValueChangeListener(event -> refresh());
        text.setId("plan-filter-text");
        text.setLabel(getTranslation("plan.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(event -> refresh());
        HorizontalLayout filters = new HorizontalLayout(states, kind, text);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("plan-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(this::plannedAt).setHeader(getTranslation("plan.list.planned-at")).setAutoWidth(true);
        grid.addColumn(item -> getTranslation(EnumKeys.of(item.state()))).setHeader(getTranslation("plan.list.state"))
                .setAutoWidth(true);
        grid.addColumn(item -> getTranslation(EnumKeys.of(item.kind()))).setHeader(getTranslation("plan.list.kind"))
                .setAutoWidth(true);
        grid.addColumn(item -> getTranslation(EnumKeys.of(item.format())))
                .setHeader(getTranslation("plan.list.format")).setAutoWidth(true);
        grid.addColumn(this::networks).setHeader(getTranslation("plan.list.networks")).setAutoWidth(true);
        grid.addColumn(item -> item.occasion() == null ? "" : item.occasion().title())
                .setHeader(getTranslation("plan.list.occasion")).setResizable(true).setFlexGrow(1);
        grid.addColumn(PlanItem::text).setHeader(getTranslation("plan.list.text")).setTooltipGenerator(PlanItem::text)
                .setResizable(true).setFlexGrow(2);
        grid.addColumn(item -> item.responsibleEditor() == null ? "" : item.responsibleEditor())
                .setHeader(getTranslation("plan.list.responsible")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("plan.list.none"));
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()));
        grid.addItemClickListener(event -> open.accept(event.getItem()));
        add(filters, notice, grid);
        setFlexGrow(1, grid);
    }

    /**
     * @param zones     each organisation's zone, to show times as its staff read them
     * @param networkOf the network of each account the caller can see
     */
    void show(Long organisationId, Long accountId, Map<Long, ZoneId> zones, Map<Long, String> networkOf) {
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.zones = zones;
        this.networkOf = networkOf;
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Stream<PlanItem> fetch(int offset, int limit) {
        Set<PlanItemKind> kinds = kind.getValue() == null ? Set.of() : Set.of(kind.getValue());
        String filterText = text.getValue().isBlank() ? null : text.getValue().strip();
        PlanQuery query = new PlanQuery(organisationId, accountId, kinds, states.getValue(), null, null, filterText,
                offset, limit);
        return notice.ask(PlatformServices.current().contentPlan(),
                service -> service.list(CurrentCaller.require(), query)).orElse(List.of()).stream();
    }

    private String plannedAt(PlanItem item) {
        return item.plannedAt() == null ? ""
                : TIME.format(item.plannedAt().atZone(zones.getOrDefault(item.organisationId(), ContentPlanView.ZONE)));
    }

    private String networks(PlanItem item) {
        return item.targets().stream().map(target -> networkOf.getOrDefault(target.accountId(),
                "#" + target.accountId())).distinct().sorted().collect(Collectors.joining(", "));
    }
}
