package org.socialdesk.notification.internal;

import org.socialdesk.core.contentplan.PlanItemState;

/** The steps of a plan item's approval and publishing that someone has to act on, and who that is. */
enum PlanNotice {
    /** An editor sent the item for approval: the press office approves. */
    SUBMITTED(true),
    /** The first of two approval levels was given (Government accounts): the press office gives the second. */
    SECOND_LEVEL(true),
    /** The press office sent the item back with a remark: the organisation's people change it. */
    RETURNED(false),
    /** The press office approved the item: the organisation's people know it will go out. */
    APPROVED(false),
    /** Publishing failed and waits for a person: the organisation's people fix it and retry. */
    FAILED(false);

    private final boolean forPressOffice;

    PlanNotice(boolean forPressOffice) {
        this.forPressOffice = forPressOffice;
    }

    /** Whether the press office is told, rather than the organisation's responsible persons. */
    boolean forPressOffice() {
        return forPressOffice;
    }

    /**
     * The notice a transition calls for, or {@code null} for the many that need nobody's action (drafts, scheduling,
     * publication, withdrawal, an approval again after a failed reply).
     */
    static PlanNotice of(PlanItemState from, PlanItemState to) {
        return switch (to) {
            case IN_APPROVAL -> from == PlanItemState.IN_APPROVAL ? SECOND_LEVEL : SUBMITTED;
            case RETURNED -> RETURNED;
            case APPROVED -> from == PlanItemState.IN_APPROVAL ? APPROVED : null;
            case FAILED -> FAILED;
            default -> null;
        };
    }
}
