package org.socialdesk.contentplan.internal;

import java.util.List;
import javax.persistence.EntityManager;
import org.socialdesk.core.contentplan.Attachment;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.entity.PlanItemEntity;
import org.socialdesk.persistence.entity.PublicationEntity;

/** Stores new drafts, one from a form or many from an imported file, checked and audited the same way. */
final class PlanDrafts {

    private final PlanHistory history;
    private final PlanRules rules;

    PlanDrafts(PlanHistory history, PlanRules rules) {
        this.history = history;
        this.rules = rules;
    }

    /**
     * Checks the item and stores it as a draft with a pending row per target account, in the caller's transaction.
     *
     * @throws org.socialdesk.core.contentplan.PlanValidationException when the item is not valid
     */
    PlanItemEntity persist(EntityManager em, Caller caller, PlanItem item) {
        List<Attachment> attachments = PlanRules.attachments(em, item);
        rules.check(em, item, attachments);
        PlanItemEntity entity = new PlanItemEntity();
        PlanMapping.copy(item, attachments, entity);
        if (entity.getResponsibleEditor() == null) {
            entity.setResponsibleEditor(caller.username());
        }
        history.move(em, caller.username(), entity, PlanItemState.DRAFT, null);
        for (PlanTarget target : item.targets()) {
            em.persist(newRow(entity, target));
        }
        return entity;
    }

    static PublicationEntity newRow(PlanItemEntity item, PlanTarget target) {
        // the key of the round the next approval starts; the approval sets it again for every row
        return new PublicationEntity(item.getId(), target.accountId(), target.text(), TargetState.PENDING.name(),
                TargetRows.idempotencyKey(item.getId(), target.accountId(), item.getRound() + 1));
    }
}
