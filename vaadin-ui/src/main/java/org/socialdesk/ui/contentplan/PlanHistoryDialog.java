package org.socialdesk.ui.contentplan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanTransition;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.i18n.EnumKeys;
import org.socialdesk.ui.security.CurrentCaller;

/** Every step of an item's approval and publication, oldest first, in the organisation's time. */
final class PlanHistoryDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    PlanHistoryDialog(long itemId, ZoneId zone) {
        setId("plan-history-dialog");
        setHeaderTitle(getTranslation("plan.history.title"));
        setWidth("56em");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);

        ServiceNotice notice = new ServiceNotice("plan-history-notice");
        List<PlanTransition> steps = notice.ask(PlatformServices.current().contentPlan(),
                service -> service.history(CurrentCaller.require(), itemId)).orElse(List.of());
        Grid<PlanTransition> grid = new Grid<>();
        grid.setId("plan-history-grid");
        grid.addColumn(step -> time.format(step.time())).setHeader(getTranslation("plan.history.time"))
                .setAutoWidth(true);
        grid.addColumn(PlanTransition::actor).setHeader(getTranslation("plan.history.actor")).setAutoWidth(true);
        grid.addColumn(step -> state(step.from()) + " → " + state(step.to()))
                .setHeader(getTranslation("plan.history.step")).setAutoWidth(true);
        grid.addColumn(step -> step.remark() == null ? "" : step.remark())
                .setHeader(getTranslation("plan.history.remark")).setFlexGrow(1)
                .setTooltipGenerator(step -> step.remark() == null ? "" : step.remark());
        grid.setEmptyStateText(getTranslation("plan.history.none"));
        grid.setItems(steps);
        grid.setAllRowsVisible(true);
        add(notice, grid);

        Button close = new Button(getTranslation("plan.close"), event -> close());
        close.setId("plan-history-close");
        getFooter().add(close);
    }

    private String state(PlanItemState state) {
        return state == null ? "—" : getTranslation(EnumKeys.of(state));
    }
}
