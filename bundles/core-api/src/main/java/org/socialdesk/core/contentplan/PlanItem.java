package org.socialdesk.core.contentplan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.socialdesk.core.model.Format;

/**
 * One entry of the content plan (д.2, д.7): a publication, a reply to a citizen, or a reply template.
 *
 * @param id                {@code null} before it is stored
 * @param version           optimistic lock: an update with a stale version is refused, so two editors never
 *                          overwrite each other
 * @param plannedAt         when it should appear; {@code null} for a reply template
 * @param targets           the accounts it goes to; exactly one for a reply, none for a template
 * @param inReplyTo         for {@link PlanItemKind#REPLY}: the moderation comment id it answers, else {@code null}
 * @param responsibleEditor user name of the editor who answers for it
 * @param remark            the approver's last remark (on return), or {@code null}
 * @param approvals         how many approval levels it has passed in the current round
 */
public record PlanItem(Long id, long version, long organisationId, PlanItemKind kind, Occasion occasion,
        Instant plannedAt, Format format, String text, List<PlanTarget> targets, List<Attachment> attachments,
        PollSpec poll, Long inReplyTo, String responsibleEditor, PlanItemState state, String remark, int approvals) {

    public PlanItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        text = text == null ? "" : text;
        targets = targets == null ? List.of() : List.copyOf(targets);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        state = state == null ? PlanItemState.DRAFT : state;
    }
}
