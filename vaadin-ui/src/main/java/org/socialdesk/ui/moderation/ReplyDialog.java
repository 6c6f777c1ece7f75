package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialdesk.core.contentplan.ContentPlanService;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanQuery;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.core.security.Caller;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * Answers the selected comments (д.7): with a reply template the press office approved, sent at once, or in the
 * moderator's own words, which become replies in the content plan and go out only after their approval.
 */
final class ReplyDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final int LABEL_LENGTH = 90;
    private static final int TEXT_LENGTH = 4000;

    private enum Way {
        TEMPLATE, OWN_WORDS
    }

    private final RadioButtonGroup<Way> way = new RadioButtonGroup<>();
    private final ComboBox<PlanItem> template = new ComboBox<>();
    private final Paragraph templateText = new Paragraph();
    private final TextArea ownWords = new TextArea();

    ReplyDialog(List<QueuedComment> comments, ModerationActions actions) {
        setId("moderation-reply-dialog");
        setHeaderTitle(getTranslation("moderation.reply.title", comments.size()));
        setWidth("40em");

        List<PlanItem> templates = approvedTemplates(comments);
        way.setId("moderation-reply-way");
        way.setItems(Way.values());
        way.setItemLabelGenerator(value -> getTranslation(value == Way.TEMPLATE ? "moderation.reply.way.template"
                : "moderation.reply.way.own-words"));
        way.addValueChangeListener(event -> showWay(event.getValue()));

        template.setId("moderation-reply-template");
        template.setLabel(getTranslation("moderation.reply.template"));
        template.setItems(templates);
        template.setItemLabelGenerator(item -> OutcomeDialog.excerpt(item.text(), LABEL_LENGTH));
        template.setHelperText(templates.isEmpty() ? getTranslation("moderation.reply.template.none") : null);
        template.setWidthFull();
        template.addValueChangeListener(event -> templateText
                .setText(event.getValue() == null ? "" : event.getValue().text()));
        templateText.setId("moderation-reply-template-text");
        templateText.getStyle().set("white-space", "pre-wrap");

        ownWords.setId("moderation-reply-text");
        ownWords.setLabel(getTranslation("moderation.reply.text"));
        ownWords.setHelperText(getTranslation("moderation.reply.text.helper"));
        ownWords.setMaxLength(TEXT_LENGTH);
        ownWords.setWidthFull();
        ownWords.setManualValidation(true);

        add(way, template, templateText, ownWords);
        way.setValue(templates.isEmpty() ? Way.OWN_WORDS : Way.TEMPLATE);

        Button cancel = new Button(getTranslation("moderation.cancel"), event -> close());
        cancel.setId("moderation-reply-cancel");
        Button send = new Button(getTranslation("moderation.reply.send"), event -> send(comments, actions));
        send.setId("moderation-reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, send);
    }

    /** A reply in a moderator's own words as the content plan stores it: one account, the comment it answers. */
    static PlanItem reply(QueuedComment comment, String text, String editor, Instant now) {
        return new PlanItem(null, 0, comment.organisationId(), PlanItemKind.REPLY, null, now, Format.TEXT,
                text.strip(), List.of(PlanTarget.of(comment.accountId(), null)), List.of(), null, comment.id(),
                editor, PlanItemState.DRAFT, null, 0);
    }

    /** The templates of the comments' organisation, or of every organisation when they come from several. */
    private static List<PlanItem> approvedTemplates(List<QueuedComment> comments) {
        Set<Long> organisations = comments.stream().map(QueuedComment::organisationId)
                .collect(Collectors.toSet());
        Long organisationId = organisations.size() == 1 ? organisations.iterator().next() : null;
        PlanQuery query = new PlanQuery(organisationId, null, Set.of(PlanItemKind.REPLY_TEMPLATE),
                Set.of(PlanItemState.APPROVED), null, null, null, 0, 0);
        return ModerationActions.call(PlatformServices.current().contentPlan(),
                plan -> plan.list(CurrentCaller.require(), query)).orElse(List.of());
    }

    private void showWay(Way chosen) {
        template.setVisible(chosen == Way.TEMPLATE);
        templateText.setVisible(chosen == Way.TEMPLATE);
        ownWords.setVisible(chosen == Way.OWN_WORDS);
    }

    private void send(List<QueuedComment> comments, ModerationActions actions) {
        Caller caller = CurrentCaller.require();
        if (way.getValue() == Way.TEMPLATE) {
            PlanItem chosen = template.getValue();
            if (chosen == null) {
                template.setErrorMessage(getTranslation("moderation.reply.template.required"));
                template.setInvalid(true);
                return;
            }
            close();
            actions.act(comments, "moderation.reply.done", (queue, ids) -> ids.stream()
                    .map(id -> queue.replyWithTemplate(caller, id, chosen.id())).toList());
            return;
        }
        String text = ownWords.getValue();
        if (text.isBlank()) {
            ownWords.setErrorMessage(getTranslation("moderation.reply.text.required"));
            ownWords.setInvalid(true);
            return;
        }
        Instant now = Instant.now();
        ModerationActions.call(PlatformServices.current().contentPlan(), plan -> submitAll(plan, caller, comments,
                text, now)).ifPresent(submitted -> {
                    close();
                    actions.changed();
                    ModerationNotification.done(getTranslation("moderation.reply.submitted", submitted));
                });
    }

    private static int submitAll(ContentPlanService plan, Caller caller, List<QueuedComment> comments, String text,
            Instant now) {
        for (QueuedComment comment : comments) {
            PlanItem created = plan.create(caller, reply(comment, text, caller.username(), now));
            plan.submit(caller, created.id());
        }
        return comments.size();
    }
}
