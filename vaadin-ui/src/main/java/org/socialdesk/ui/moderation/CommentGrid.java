package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.ui.ExternalLink;
import org.socialdesk.ui.i18n.EnumKeys;

/**
 * The queue's comments, newest first, several selectable at once. The text is shown as text only, never as
 * markup: it is whatever a stranger typed. A click on a row opens its whole text and the evidence details.
 */
final class CommentGrid extends Grid<QueuedComment> {

    private static final long serialVersionUID = 1L;

    private final QueueNames names;

    /** @param rows the queue's windows; rows are told apart by id, so a refresh keeps the selection */
    CommentGrid(QueueNames names, CallbackDataProvider<QueuedComment, Void> rows) {
        this.names = names;
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
        addColumn(this::status).setHeader(getTranslation("moderation.status")).setAutoWidth(true).setFlexGrow(0);

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

    private String status(QueuedComment comment) {
        String status = getTranslation(EnumKeys.of(comment.status()));
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
