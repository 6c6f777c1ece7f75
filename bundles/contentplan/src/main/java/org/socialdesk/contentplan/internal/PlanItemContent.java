package org.socialdesk.contentplan.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.connector.Media;
import org.socialdesk.connector.Poll;
import org.socialdesk.connector.Publication;
import org.socialdesk.contentplan.internal.publishing.ApprovedReply;
import org.socialdesk.contentplan.internal.publishing.PlanContent;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.MediaEntity;
import org.socialdesk.persistence.entity.PlanItemEntity;
import org.socialdesk.persistence.entity.PlanTransitionEntity;
import org.socialdesk.persistence.entity.PublicationEntity;

/**
 * The plan item as the publishing engine sees it. A damaged or missing media file throws
 * {@link IllegalStateException}: the row then needs a person, the file is never published as it is.
 */
@Component(service = PlanContent.class)
public class PlanItemContent implements PlanContent {

    /** The states in which the outbox decides the item's state; a withdrawn or edited item keeps its own. */
    private static final Set<PlanItemState> FOLLOWING_OUTBOX = EnumSet.of(PlanItemState.APPROVED,
            PlanItemState.SCHEDULED, PlanItemState.PUBLISHED, PlanItemState.FAILED);

    private final PlanHistory history;

    @Activate
    public PlanItemContent(@Reference AuditTrail audit) {
        this(audit, Clock.systemUTC());
    }

    public PlanItemContent(AuditTrail audit, Clock clock) {
        this.history = new PlanHistory(audit, clock);
    }

    @Override
    public Publication publicationFor(EntityManager em, PublicationEntity row) {
        PlanItemEntity item = item(em, row, LockModeType.NONE);
        String text = row.getVariantText() != null ? row.getVariantText() : item.getText();
        List<Media> media = MediaFiles.load(em, MediaFiles.ids(item.getMediaIds())).stream()
                .map(PlanItemContent::media).toList();
        Poll poll = item.getPollQuestion() == null ? null : new Poll(item.getPollQuestion(),
                PollOptions.split(item.getPollOptions()), item.isPollAnonymous(), item.isPollMultipleAnswers());
        return new Publication(row.getIdempotencyKey(), item.getFormat(), text, media, poll, null);
    }

    @Override
    public Optional<ApprovedReply> replyFor(EntityManager em, PublicationEntity row) {
        PlanItemEntity item = item(em, row, LockModeType.NONE);
        if (item.getKind() != PlanItemKind.REPLY) {
            return Optional.empty();
        }
        return Optional.of(new ApprovedReply(item.getId(), item.getInReplyTo(), item.getText(), approvedBy(em, item)));
    }

    /** Who moved the item to согласовано last: the approver, or the person who asked to retry a failed reply. */
    private static String approvedBy(EntityManager em, PlanItemEntity item) {
        return em.createQuery("SELECT t FROM PlanTransitionEntity t "
                + "WHERE t.planItemId = :item AND t.toState = :approved ORDER BY t.id DESC", PlanTransitionEntity.class)
                .setParameter("item", item.getId()).setParameter("approved", PlanItemState.APPROVED.name())
                .setMaxResults(1).getResultStream().findFirst().map(PlanTransitionEntity::getActor)
                .orElseThrow(() -> new IllegalStateException("Reply plan item " + item.getId() + " in the outbox "
                        + "was never approved"));
    }

    @Override
    public void targetChanged(EntityManager em, PublicationEntity row, String actor) {
        // two nodes finishing two targets of one item at once must not both leave it запланировано
        PlanItemEntity item = item(em, row, LockModeType.PESSIMISTIC_WRITE);
        if (!FOLLOWING_OUTBOX.contains(item.getState())) {
            return;
        }
        em.flush();
        PlanItemState next = TargetRows.itemState(item.getKind(), TargetRows.of(em, item.getId()));
        if (next != item.getState()) {
            history.move(em, actor, item, next, next == PlanItemState.FAILED ? row.getFailure() : null);
        }
    }

    private static PlanItemEntity item(EntityManager em, PublicationEntity row, LockModeType lock) {
        PlanItemEntity item = em.find(PlanItemEntity.class, row.getPlanItemId(), lock);
        if (item == null) {
            throw new IllegalStateException("Outbox row " + row.getId() + " belongs to plan item "
                    + row.getPlanItemId() + ", which does not exist");
        }
        return item;
    }

    private static Media media(MediaEntity file) {
        return new Media(file.getFileName(), file.getMimeType(), MediaFiles.checkedContent(file), file.getAltText());
    }
}
