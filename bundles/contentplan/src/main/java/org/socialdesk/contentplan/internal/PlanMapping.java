package org.socialdesk.contentplan.internal;

import java.time.Instant;
import java.util.List;
import org.socialdesk.core.contentplan.Attachment;
import org.socialdesk.core.contentplan.Occasion;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.PollSpec;
import org.socialdesk.persistence.entity.PlanItemEntity;
import org.socialdesk.persistence.entity.PublicationEntity;

/** Between plan items and their rows. */
final class PlanMapping {

    private PlanMapping() {
    }

    static PlanItem item(PlanItemEntity e, List<PublicationEntity> rows, List<Attachment> attachments) {
        Occasion occasion = e.getOccasionKind() == null ? null : new Occasion(e.getOccasionKind(),
                e.getOccasionTitle(), e.getOccasionAt(), e.getOccasionPlace());
        PollSpec poll = e.getPollQuestion() == null ? null : new PollSpec(e.getPollQuestion(),
                PollOptions.split(e.getPollOptions()), e.isPollAnonymous(), e.isPollMultipleAnswers());
        Instant planned = e.getPlannedUtcMillis() == null ? null : Instant.ofEpochMilli(e.getPlannedUtcMillis());
        return new PlanItem(e.getId(), e.getVersion(), e.getOrganisationId(), e.getKind(), occasion, planned,
                e.getFormat(), e.getText(), rows.stream().map(PlanMapping::target).toList(), attachments, poll,
                e.getInReplyTo(), e.getResponsibleEditor(), e.getState(), e.getRemark(), e.getApprovals());
    }

    static PlanTarget target(PublicationEntity row) {
        return new PlanTarget(row.getAccountId(), row.getVariantText(), TargetRows.state(row), row.getPostId(),
                row.getUrl(), row.getPublishedAt(), row.getFailure());
    }

    /** Copies what an editor writes; state, approvals and remarks are the workflow's. */
    static void copy(PlanItem item, List<Attachment> attachments, PlanItemEntity e) {
        e.setOrganisationId(item.organisationId());
        e.setKind(item.kind());
        Occasion occasion = item.occasion();
        e.setOccasionKind(occasion == null ? null : occasion.kind());
        e.setOccasionTitle(occasion == null ? null : occasion.title());
        e.setOccasionAt(occasion == null ? null : occasion.happensAt());
        e.setOccasionPlace(occasion == null ? null : occasion.place());
        e.setPlannedUtcMillis(item.plannedAt() == null ? null : item.plannedAt().toEpochMilli());
        e.setFormat(item.format());
        e.setText(item.text());
        e.setMediaIds(MediaFiles.join(attachments));
        PollSpec poll = item.poll();
        e.setPollQuestion(poll == null ? null : poll.question());
        e.setPollOptions(poll == null ? null : PollOptions.join(poll.options()));
        e.setPollAnonymous(poll != null && poll.anonymous());
        e.setPollMultipleAnswers(poll != null && poll.multipleAnswers());
        e.setInReplyTo(item.inReplyTo());
        e.setResponsibleEditor(item.responsibleEditor());
    }
}
