package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import org.socialdesk.core.moderation.ManualTask;
import org.socialdesk.ui.ExternalLink;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * Moderation the networks' APIs cannot do, which a person does on the network itself: each task links straight to
 * the comment or the author, and stays open until somebody marks it done and says what they did.
 */
final class ManualTasksPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** The actions the moderation queue opens tasks for; another one is shown as the queue names it. */
    private static final Map<String, String> ACTIONS = Map.of(
            "DELETE_COMMENT", "moderation.task.delete-comment",
            "RESTRICT_USER", "moderation.task.restrict-user",
            "LIFT_RESTRICTION", "moderation.task.lift-restriction",
            "REPLY", "moderation.task.reply");

    private final QueueNames names;
    private final boolean mayAct;
    private final ModerationActions actions;
    private final Checkbox openOnly = new Checkbox();
    private final ServiceNotice notice = new ServiceNotice("moderation-tasks-notice");
    private final Grid<ManualTask> grid = new Grid<>();
    private Long organisationId;

    ManualTasksPanel(QueueNames names, boolean mayAct, ModerationActions actions) {
        this.names = names;
        this.mayAct = mayAct;
        this.actions = actions;
        setId("moderation-tasks-panel");
        setSizeFull();
        setPadding(false);

        openOnly.setId("moderation-tasks-open-only");
        openOnly.setLabel(getTranslation("moderation.tasks.open-only"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(event -> refresh());

        grid.setId("moderation-tasks-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(task -> names.time(task.organisationId(), task.createdAt()))
                .setHeader(getTranslation("moderation.tasks.created")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(task -> names.organisation(task.organisationId()))
                .setHeader(getTranslation("moderation.organisation")).setResizable(true).setFlexGrow(1);
        grid.addColumn(this::action).setHeader(getTranslation("moderation.tasks.action")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(task -> ExternalLink.of(task.link(), getTranslation("moderation.task.open")))
                .setHeader(getTranslation("moderation.tasks.link")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ManualTask::createdBy).setHeader(getTranslation("moderation.tasks.created-by"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::done).setHeader(getTranslation("moderation.tasks.done-at")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(task -> task.note() == null ? "" : task.note()).setTooltipGenerator(ManualTask::note)
                .setHeader(getTranslation("moderation.tasks.note")).setResizable(true).setFlexGrow(2);
        grid.addComponentColumn(this::doneButton).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("moderation.tasks.none"));

        add(openOnly, notice, grid);
        setFlexGrow(1, grid);
    }

    /** Shows the tasks of one organisation, or of all the caller may see for {@code null}. */
    void show(Long organisation) {
        organisationId = organisation;
        refresh();
    }

    void refresh() {
        grid.setItems(notice.ask(PlatformServices.current().moderation(),
                queue -> queue.tasks(CurrentCaller.require(), organisationId, openOnly.getValue()))
                .orElse(List.of()));
    }

    static String actionKey(String action) {
        return ACTIONS.get(action);
    }

    private String action(ManualTask task) {
        String key = actionKey(task.action());
        return key == null ? task.action() : getTranslation(key);
    }

    private String done(ManualTask task) {
        return task.open() ? "" : getTranslation("moderation.tasks.done-by",
                names.time(task.organisationId(), task.doneAt()), task.doneBy());
    }

    private Component doneButton(ManualTask task) {
        if (!mayAct || !task.open()) {
            return new Span();
        }
        Button button = new Button(getTranslation("moderation.task.done"), VaadinIcon.CHECK.create(),
                event -> new CompleteTaskDialog(task, action(task), note -> complete(task, note)).open());
        button.setId("moderation-task-done-" + task.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void complete(ManualTask task, String note) {
        ModerationActions.call(PlatformServices.current().moderation(),
                queue -> queue.completeTask(CurrentCaller.require(), task.id(), note)).ifPresent(completed -> {
                    actions.changed();
                    ModerationNotification.done(getTranslation("moderation.task.completed", action(task)));
                });
    }
}
