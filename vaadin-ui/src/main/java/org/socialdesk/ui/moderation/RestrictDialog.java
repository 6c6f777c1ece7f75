package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.core.moderation.RestrictionRequest;
import org.socialdesk.ui.i18n.EnumKeys;

/**
 * Restricts the authors of the selected comments: for how long and why. The reason is SocialDesk's category;
 * each network's connector maps it to the network's own ban reasons. The dialog is the confirmation.
 */
final class RestrictDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    /** Restricting for a clean comment is not a reason any network knows. */
    private static final List<CommentCategory> REASONS = List.of(CommentCategory.OBSCENE, CommentCategory.INSULT,
            CommentCategory.SPAM, CommentCategory.POSSIBLY_ILLEGAL);
    private static final int COMMENT_LENGTH = 500;

    private final RadioButtonGroup<RestrictionTerm> term = new RadioButtonGroup<>();
    private final Select<CommentCategory> reason = new Select<>();
    private final TextArea comment = new TextArea();

    RestrictDialog(List<QueuedComment> comments, SerializableConsumer<RestrictionRequest> restrict) {
        setId("moderation-restrict-dialog");
        setHeaderTitle(getTranslation("moderation.restrict.title", comments.size()));
        setWidth("36em");

        term.setId("moderation-restrict-term");
        term.setLabel(getTranslation("moderation.restrict.term"));
        term.setItems(RestrictionTerm.values());
        term.setItemLabelGenerator(value -> getTranslation(value.key()));
        term.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        term.setValue(RestrictionTerm.WEEK);

        reason.setId("moderation-restrict-reason");
        reason.setLabel(getTranslation("moderation.restrict.reason"));
        reason.setItems(REASONS);
        reason.setItemLabelGenerator(value -> getTranslation(EnumKeys.of(value)));
        reason.setValue(suggestedReason(comments));
        reason.setWidthFull();

        comment.setId("moderation-restrict-comment");
        comment.setLabel(getTranslation("moderation.restrict.comment"));
        comment.setHelperText(getTranslation("moderation.restrict.comment.helper"));
        comment.setMaxLength(COMMENT_LENGTH);
        comment.setWidthFull();

        add(new Paragraph(getTranslation("moderation.restrict.hint")), term, reason, comment);

        Button cancel = new Button(getTranslation("moderation.cancel"), event -> close());
        cancel.setId("moderation-restrict-cancel");
        Button confirm = new Button(getTranslation("moderation.restrict.confirm"), event -> {
            close();
            restrict.accept(term.getValue().request(reason.getValue(), comment.getValue()));
        });
        confirm.setId("moderation-restrict-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, confirm);
    }

    /** The classifier's verdict of the first comment, which the moderator usually agrees with. */
    static CommentCategory suggestedReason(List<QueuedComment> comments) {
        return comments.stream().map(QueuedComment::category).filter(REASONS::contains).findFirst()
                .orElse(CommentCategory.INSULT);
    }
}
