package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.moderation.ModerationQueue;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.layout.MainLayout;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * «Модерация» (д.10): the queue of classified comments and messages, newest first, updated live as they are read
 * in, with the actions on the selected ones; the manual tasks the networks' APIs leave to a person; and the week's
 * figures. Editors and auditors read; the queue refuses their actions anyway, the page spares them the buttons.
 */
@Route(value = "moderation", layout = MainLayout.class)
public class ModerationView extends VerticalLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ModerationView.class);

    private final boolean mayAct = ModerationRights.mayAct(CurrentCaller.get().orElse(null));
    private final boolean mayKeepWords = ModerationRights.mayKeepWords(CurrentCaller.get().orElse(null));
    private final ServiceNotice registryNotice = new ServiceNotice("moderation-registry-notice");
    private final ServiceNotice queueNotice = new ServiceNotice("moderation-notice");
    private final ServiceNotice statsNotice = new ServiceNotice("moderation-stats-notice");
    private final QueueNames names = new QueueNames(this::accountTitle);
    private final StatsStrip stats = new StatsStrip();
    private final QueueFilterBar filterBar = new QueueFilterBar(this::accountsOf, this::filter);
    private final CallbackDataProvider<QueuedComment, Void> rows = new CallbackDataProvider<>(this::fetch,
            this::count, QueuedComment::id);
    private final ModerationActions actions = new ModerationActions(this::acted);
    private final CommentGrid grid = new CommentGrid(names, rows, mayAct ? this::confirmRestore : null);
    private final ManualTasksPanel tasks = new ManualTasksPanel(names, mayAct, actions);
    private final EvidenceLink evidence = new EvidenceLink();
    private final Span selected = new Span();
    private final List<Button> selectionButtons = new ArrayList<>();
    private final QueueUpdates updates = new QueueUpdates();
    private QueueFilter filter = QueueFilter.OPEN;
    private List<Organisation> organisations = List.of();

    public ModerationView() {
        setId("moderation-view");
        setSizeFull();

        selected.setId("moderation-selection");
        FlexLayout toolbar = new FlexLayout();
        toolbar.setId("moderation-actions");
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("gap", "var(--lumo-space-s)");
        if (mayAct) {
            Button delete = actionButton("moderation-delete", "moderation.delete", VaadinIcon.TRASH,
                    this::confirmDelete);
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            toolbar.add(
                    actionButton("moderation-keep", "moderation.keep", VaadinIcon.CHECK, this::keep),
                    delete,
                    actionButton("moderation-restrict", "moderation.restrict", VaadinIcon.BAN, this::restrict),
                    actionButton("moderation-reply", "moderation.reply", VaadinIcon.REPLY,
                            comments -> new ReplyDialog(comments, actions).open()));
        }
        if (mayKeepWords) {
            Button words = new Button(getTranslation("moderation.words"), VaadinIcon.BOOK.create(),
                    event -> new OrganisationWordsDialog(organisations, filter.organisationId(), names).open());
            words.setId("moderation-words");
            toolbar.add(words);
        }
        toolbar.add(evidence, selected);
        grid.asMultiSelect().addSelectionListener(event -> selectionChanged());
        selectionChanged();

        VerticalLayout queue = new VerticalLayout(filterBar, toolbar, queueNotice, grid);
        queue.setId("moderation-queue-panel");
        queue.setPadding(false);
        queue.setSizeFull();
        queue.setFlexGrow(1, grid);
        if (!mayAct) {
            Paragraph readOnly = new Paragraph(getTranslation("moderation.read-only"));
            readOnly.setId("moderation-read-only");
            queue.addComponentAtIndex(1, readOnly);
        }

        TabSheet sheet = new TabSheet();
        sheet.setId("moderation-tabs");
        sheet.setSizeFull();
        Tab queueTab = sheet.add(getTranslation("moderation.tab.queue"), queue);
        queueTab.setId("moderation-queue");
        Tab tasksTab = sheet.add(getTranslation("moderation.tab.tasks"), tasks);
        tasksTab.setId("moderation-tasks");
        sheet.addSelectedChangeListener(event -> {
            if (event.getSelectedTab() == tasksTab) {
                tasks.refresh();
            }
        });

        add(new H2(getTranslation("nav.moderation")), stats, statsNotice, registryNotice, sheet);
        setFlexGrow(1, sheet);
    }

    /** Reads the organisations for names, zones and the filter, and everything shown, on every visit. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<Organisation> known = registryNotice.ask(PlatformServices.current().organisations(),
                service -> service.list(CurrentCaller.require())).orElse(List.of());
        organisations = known;
        names.reset(known);
        filterBar.setOrganisations(known);
        refresh();
    }

    /** Live updates for as long as the page is open; push brings them to the browser (long polling). */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        PlatformServices.current().moderation().ifPresent(queue -> listen(attachEvent, queue));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        updates.stop();
        super.onDetach(detachEvent);
    }

    private void listen(AttachEvent attachEvent, ModerationQueue queue) {
        try {
            updates.start(attachEvent.getUI(), queue, this::refresh);
        } catch (RuntimeException e) {
            // the page still works, it only has to be reloaded to see new comments
            LOG.warn("Could not listen to the moderation queue; the page will not update by itself", e);
        }
    }

    /** The queue, its figures and the tasks as they are now; what is selected stays selected. */
    private void refresh() {
        rows.refreshAll();
        Instant now = Instant.now();
        statsNotice.ask(PlatformServices.current().moderation(),
                queue -> queue.stats(CurrentCaller.require(), filter.organisationId(), StatsStrip.from(now), now))
                .ifPresentOrElse(stats::show, stats::clear);
        tasks.show(filter.organisationId());
    }

    /** After an action the comments acted on have left the queue or changed: nothing stays selected. */
    private void acted() {
        grid.deselectAll();
        refresh();
    }

    /** Comments selected under another filter may be out of sight: acting on them unseen would be a surprise. */
    private void filter(QueueFilter changed) {
        filter = changed;
        grid.deselectAll();
        refresh();
    }

    private Stream<QueuedComment> fetch(Query<QueuedComment, Void> query) {
        QueueFilter current = filter;
        return queueNotice.ask(PlatformServices.current().moderation(),
                queue -> queue.list(CurrentCaller.require(), current.query(query.getOffset(), query.getLimit())))
                .orElse(List.of()).stream();
    }

    private int count(Query<QueuedComment, Void> query) {
        QueueFilter current = filter;
        long total = queueNotice.ask(PlatformServices.current().moderation(),
                queue -> queue.count(CurrentCaller.require(), current.query(0, 1))).orElse(0L);
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    private List<Account> accountsOf(Long organisationId) {
        List<Account> found = registryNotice.ask(PlatformServices.current().accounts(),
                service -> service.listByOrganisation(CurrentCaller.require(), organisationId)).orElse(List.of());
        names.remember(found);
        return found;
    }

    /** An account's title for a row; {@code null} when the registry cannot tell, and the row shows its number. */
    private String accountTitle(Long accountId) {
        try {
            return PlatformServices.current().accounts()
                    .map(service -> service.find(CurrentCaller.require(), accountId).title()).orElse(null);
        } catch (RuntimeException e) {
            LOG.debug("Account {} of a queued comment could not be read", accountId, e);
            return null;
        }
    }

    private void selectionChanged() {
        List<QueuedComment> comments = selection();
        selected.setText(comments.isEmpty() ? "" : getTranslation("moderation.selected", comments.size()));
        selectionButtons.forEach(button -> button.setEnabled(!comments.isEmpty()));
        evidence.offer(comments);
    }

    private List<QueuedComment> selection() {
        return List.copyOf(grid.getSelectedItems());
    }

    private Button actionButton(String id, String key, VaadinIcon icon,
            SerializableConsumer<List<QueuedComment>> action) {
        Button button = new Button(getTranslation(key), icon.create(), event -> {
            List<QueuedComment> comments = selection();
            if (!comments.isEmpty()) {
                action.accept(comments);
            }
        });
        button.setId(id);
        selectionButtons.add(button);
        return button;
    }

    private void keep(List<QueuedComment> comments) {
        actions.act(comments, "moderation.keep.done",
                (queue, ids) -> queue.keep(CurrentCaller.require(), ids));
    }

    private void restrict(List<QueuedComment> comments) {
        new RestrictDialog(comments, request -> actions.act(comments, "moderation.restrict.done",
                (queue, ids) -> queue.restrictAuthor(CurrentCaller.require(), ids, request))).open();
    }

    /** Restoring shows a comment again to everyone: asked for twice, like deleting. */
    private void confirmRestore(QueuedComment comment) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("moderation-restore-dialog");
        confirm.setHeader(getTranslation("moderation.restore.title"));
        confirm.setText(getTranslation(comment.deletedAutomatically() ? "moderation.restore.text.automatic"
                : "moderation.restore.text", OutcomeDialog.excerpt(comment.text(), OutcomeDialog.EXCERPT_LENGTH)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("moderation.cancel"));
        confirm.setConfirmText(getTranslation("moderation.restore"));
        confirm.addConfirmListener(event -> actions.restore(comment));
        confirm.open();
    }

    /** Most networks cannot undo a deletion, and VK only for a while, so it is asked for twice. */
    private void confirmDelete(List<QueuedComment> comments) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("moderation-delete-dialog");
        confirm.setHeader(getTranslation("moderation.delete.title", comments.size()));
        confirm.setText(getTranslation("moderation.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("moderation.cancel"));
        confirm.setConfirmText(getTranslation("moderation.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> actions.act(comments, "moderation.delete.done",
                (queue, ids) -> queue.delete(CurrentCaller.require(), ids)));
        confirm.open();
    }
}
