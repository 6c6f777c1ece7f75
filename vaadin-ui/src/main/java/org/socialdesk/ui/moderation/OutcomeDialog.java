package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.ui.ExternalLink;

/** Each comment's outcome after an action that was not done everywhere: what needs a person, and where. */
final class OutcomeDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    /** Enough of a comment to recognise it in the list. */
    static final int EXCERPT_LENGTH = 60;

    /** @param taskLinks links of open manual tasks by comment id */
    OutcomeDialog(List<QueuedComment> comments, List<ActionOutcome> outcomes, Map<Long, String> taskLinks) {
        setId("moderation-outcome-dialog");
        setHeaderTitle(getTranslation("moderation.outcome.title"));
        setWidth("48em");

        Outcomes counted = new Outcomes(outcomes);
        Paragraph summary = new Paragraph(getTranslation("moderation.outcome.summary",
                counted.count(ActionOutcome.Result.DONE), counted.count(ActionOutcome.Result.MANUAL_TASK),
                counted.count(ActionOutcome.Result.FAILED)));
        summary.setId("moderation-outcome-summary");

        Map<Long, QueuedComment> byId = comments.stream()
                .collect(Collectors.toMap(QueuedComment::id, Function.identity(), (a, b) -> a));
        UnorderedList list = new UnorderedList();
        list.setId("moderation-outcome-list");
        for (ActionOutcome outcome : outcomes) {
            ListItem item = new ListItem(new Span(line(byId.get(outcome.commentId()), outcome)));
            item.getElement().setAttribute("data-result", outcome.result().name());
            String link = taskLinks.get(outcome.commentId());
            if (outcome.result() == ActionOutcome.Result.MANUAL_TASK && link != null) {
                item.add(new Span(" "), ExternalLink.of(link, getTranslation("moderation.task.open")));
            }
            list.add(item);
        }
        add(summary, list);

        Button close = new Button(getTranslation("moderation.close"), event -> close());
        close.setId("moderation-outcome-close");
        getFooter().add(close);
    }

    private String line(QueuedComment comment, ActionOutcome outcome) {
        String result = getTranslation(Outcomes.key(outcome.result()), Outcomes.message(outcome));
        if (comment == null) {
            return getTranslation("moderation.outcome.line", "#" + outcome.commentId(), "", result);
        }
        return getTranslation("moderation.outcome.line", author(comment), excerpt(comment.text(), EXCERPT_LENGTH),
                result);
    }

    static String author(QueuedComment comment) {
        String name = comment.authorName();
        return name == null || name.isBlank() ? comment.authorId() : name;
    }

    /** The start of a text on one line, cut at a word where one is near, with an ellipsis when cut. */
    static String excerpt(String text, int max) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (line.length() <= max) {
            return line;
        }
        int cut = line.lastIndexOf(' ', max);
        return line.substring(0, cut > max / 2 ? cut : max).strip() + "…";
    }
}
