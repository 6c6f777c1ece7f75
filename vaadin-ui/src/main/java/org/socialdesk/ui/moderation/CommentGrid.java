package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.ui.ExternalLink;
import org.socialdesk.ui.i18n.EnumKeys;

/**
 * The queue's comments, newest first, several selectable at once. The text is shown as text only, never as
 * markup: it is whatever a stranger typed. A click on a row opens its whole text and the evidence details. A
 * comment the system deleted by itself says so, and a deletion the network can reverse offers «Отменить удаление»
 * to those who act.
 */
final class CommentGrid extends Grid<QueuedComment> {

    private static final long serialVersionUID = 1L;

    private final QueueNames names;
    private final SerializableConsumer<QueuedComment> restore;

    /**
     * @param rows    the queue's windows; rows are told apart by id, so a refresh keeps the selection
     * @param restore reverses a comment's deletion, or {@code null} for a caller who may not act
     */
    CommentGrid(QueueNames names, CallbackDataProvider<QueuedComment, Void> rows,
            SerializableConsumer<QueuedComment> restore) {
        this.names = names;
        this.restore = restore;
        setId("moderation-grid");
        setSelectionMode(SelectionMode.MULTI);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);

        addColumn(comment -> names.time(comment.organisationId(), comment.createdAt()))
                .setHeader(getTranslation("moderation.time")).setAutoWidth(true).setFlexGrow(0);
        addColumn(this::account).setHeader(getTranslation("moderation.account"))
                .setTooltipGenerator(this::account).setResizable(true).setFlexGrow(1);
        addComponentColumn(this::author).setHeader(getTranslation("moderation.author")).setResizable(true)
                .setFlexGrow(1);
        addColumn(QueuedComment::text).setHeader(getTranslation("moderation.text"))
                .setTooltipGenerator(QueuedComment::text).setResizable(true).setFlexGrow(4);
        addComponentColumn(comment -> new CategoryBadge(comment.category(), comment.confidence()))
                .setHeader(getTranslation("moderation.category")).setAutoWidth(true).setFlexGrow(0);
        addColumn(comment -> String.join("; ", comment.reasons())).setHeader(getTranslation("moderation.reasons"))
                .setTooltipGenerator(comment -> String.join("; ", comment.reasons())).setResizable(true)
                .setFlexGrow(1);
        addComponentColumn(this::statusCell).setHeader(getTranslation("moderation.status")).setAutoWidth(true)
                .setFlexGrow(0);

        setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        setEmptyStateText(getTranslation("moderation.empty"));
        setItems(rows);
    }

    private String account(QueuedComment comment) {
        return getTranslation("moderation.account.network", names.account(comment.accountId()), comment.network());
    }

    private Component author(QueuedComment comment) {
        return ExternalLink.of(AuthorLinks.profile(comment.network(), comment.authorId()).orElse(null),
                OutcomeDialog.author(comment));
    }

    private Component statusCell(QueuedComment comment) {
        Span status = new Span(status(comment));
        if (!offersRestore(comment, restore != null)) {
            return status;
        }
        Button undo = new Button(getTranslation("moderation.restore"), VaadinIcon.ROTATE_LEFT.create(),
                event -> restore.accept(comment));
        undo.setId("moderation-restore-" + comment.id());
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div cell = new Div(status, undo);
        cell.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start");
        return cell;
    }

    /** The status's key; an automatic deletion is told apart, so that a person checks what the system did. */
    static String statusKey(QueuedComment comment) {
        return comment.status() == CommentStatus.DELETED && comment.deletedAutomatically()
                ? "moderation.status.deleted-automatically" : EnumKeys.of(comment.status());
    }

    /** Only where the network can restore it (the queue knows from its connector) and the caller acts. */
    static boolean offersRestore(QueuedComment comment, boolean mayAct) {
        return mayAct && comment.status() == CommentStatus.DELETED && comment.restorable();
    }

    private String status(QueuedComment comment) {
        String status = getTranslation(statusKey(comment));
        if (comment.authorRestricted()) {
            status = getTranslation("moderation.status.restricted", status);
        }
        if (comment.repliedWith() != null) {
            status = getTranslation("moderation.status.replied", status);
        }
        return status;
    }

    private Component details(QueuedComment comment) {
        Paragraph text = new Paragraph(comment.text());
        // line breaks are part of what the author wrote
        text.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        Div facts = new Div(
                line(getTranslation("moderation.details.organisation", names.organisation(comment.organisationId()))),
                line(getTranslation("moderation.details.reasons", reasons(comment.reasons()))),
                line(getTranslation("moderation.details.ingested",
                        names.time(comment.organisationId(), comment.ingestedAt()))),
                line(getTranslation("moderation.details.hash", comment.snapshotSha256())));
        if (comment.repliedWith() != null) {
            facts.add(line(getTranslation("moderation.details.reply", comment.repliedWith())));
        }
        if (comment.deletedBy() != null) {
            facts.add(line(comment.deletedAutomatically() ? getTranslation("moderation.details.deleted-automatically")
                    : getTranslation("moderation.details.deleted-by", comment.deletedBy())));
        }
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div details = new Div(text, facts, ExternalLink.of(comment.url(), getTranslation("moderation.details.open")));
        details.setId("moderation-details-" + comment.id());
        details.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        return details;
    }

    private String reasons(List<String> reasons) {
        return reasons.isEmpty() ? getTranslation("common.none") : String.join("; ", reasons);
    }

    private static Div line(String text) {
        return new Div(new Span(text));
    }
}
