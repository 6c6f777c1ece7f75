package org.socialdesk.contentplan.internal;

import java.util.List;
import javax.persistence.EntityManager;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.persistence.entity.PublicationEntity;

/** The outbox rows of plan items, one per target account. */
final class TargetRows {

    private TargetRows() {
    }

    static List<PublicationEntity> of(EntityManager em, long itemId) {
        return em.createQuery("SELECT p FROM PublicationEntity p WHERE p.planItemId = :item ORDER BY p.id",
                PublicationEntity.class).setParameter("item", itemId).getResultList();
    }

    static TargetState state(PublicationEntity row) {
        return TargetState.valueOf(row.getState());
    }

    static boolean any(List<PublicationEntity> rows, TargetState state) {
        return rows.stream().anyMatch(row -> state(row) == state);
    }

    /** The key of one publication round: a new round after an edit must never be taken for the earlier post. */
    static String idempotencyKey(long itemId, long accountId, int round) {
        return "plan-" + itemId + "-" + accountId + "-" + round;
    }

    /**
     * What the item's state is once the outbox has moved its rows: every target published → опубликовано, one
     * waiting for a person → ошибка, otherwise still запланировано; a reply, which has no time in the plan, stays
     * согласовано until it is delivered.
     */
    static PlanItemState itemState(PlanItemKind kind, List<PublicationEntity> rows) {
        if (any(rows, TargetState.NEEDS_PERSON)) {
            return PlanItemState.FAILED;
        }
        if (!rows.isEmpty() && rows.stream().allMatch(row -> state(row) == TargetState.PUBLISHED)) {
            return PlanItemState.PUBLISHED;
        }
        return kind == PlanItemKind.REPLY ? PlanItemState.APPROVED : PlanItemState.SCHEDULED;
    }
}
