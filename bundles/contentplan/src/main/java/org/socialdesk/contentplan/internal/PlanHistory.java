package org.socialdesk.contentplan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.persistence.EntityManager;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanTransition;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.PlanItemEntity;
import org.socialdesk.persistence.entity.PlanTransitionEntity;

/** Records each step of a plan item as a transition and an audit entry, in the step's own transaction. */
final class PlanHistory {

    private final AuditTrail audit;
    private final Clock clock;

    PlanHistory(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** Moves the item to {@code to} and records it; {@code from} is {@code null} for a new item. */
    void move(EntityManager em, String actor, PlanItemEntity item, PlanItemState to, String remark) {
        PlanItemState from = item.getId() == null ? null : item.getState();
        item.setState(to);
        if (item.getId() == null) {
            em.persist(item);
        }
        em.flush();
        Instant now = clock.instant();
        em.persist(new PlanTransitionEntity(item.getId(), now, actor, from == null ? null : from.name(), to.name(),
                remark));
        String summary = (from == null ? "created" : from + " → " + to) + (remark == null ? "" : ": " + remark);
        audit.append(em, new AuditEvent(0, now, actor, item.getOrganisationId(), "PLAN_ITEM_" + to.name(),
                "PlanItem", item.getId().toString(), summary));
    }

    /** Records a change that keeps the item's state, such as a new planned time of an approved item. */
    void note(EntityManager em, String actor, PlanItemEntity item, String action, String summary) {
        em.flush();
        audit.append(em, new AuditEvent(0, clock.instant(), actor, item.getOrganisationId(), action, "PlanItem",
                item.getId().toString(), summary));
    }

    static List<PlanTransition> of(EntityManager em, long itemId) {
        return em.createQuery("SELECT t FROM PlanTransitionEntity t WHERE t.planItemId = :item ORDER BY t.id",
                PlanTransitionEntity.class).setParameter("item", itemId).getResultStream()
                .map(t -> new PlanTransition(t.getTime(), t.getActor(),
                        t.getFromState() == null ? null : PlanItemState.valueOf(t.getFromState()),
                        PlanItemState.valueOf(t.getToState()), t.getRemark()))
                .toList();
    }
}
