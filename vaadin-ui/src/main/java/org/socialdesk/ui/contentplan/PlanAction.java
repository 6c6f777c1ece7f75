package org.socialdesk.ui.contentplan;

import java.util.EnumSet;
import java.util.Set;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;

/**
 * What the editor's buttons do. The form offers only what the item's state and the caller's roles allow, so
 * nobody presses a button to be refused; the service checks the same again.
 */
enum PlanAction {
    SAVE, SUBMIT, APPROVE, RETURN, WITHDRAW, RETRY, PUBLISH_NOW;

    private static final Set<PlanItemState> EDITABLE = EnumSet.of(PlanItemState.DRAFT, PlanItemState.RETURNED,
            PlanItemState.APPROVED, PlanItemState.SCHEDULED, PlanItemState.FAILED);
    private static final Set<PlanItemState> WITHDRAWABLE = EnumSet.of(PlanItemState.DRAFT,
            PlanItemState.IN_APPROVAL, PlanItemState.RETURNED, PlanItemState.APPROVED, PlanItemState.SCHEDULED,
            PlanItemState.FAILED);

    /** @param stored whether the item exists yet; a new one can only be saved or saved and submitted */
    static Set<PlanAction> available(boolean stored, PlanItemState state, long organisationId, Caller caller) {
        boolean approves = caller.has(Role.ADMINISTRATOR, organisationId)
                || caller.has(Role.PRESS_OFFICE, organisationId);
        boolean writes = approves || caller.has(Role.EDITOR, organisationId);
        Set<PlanAction> actions = EnumSet.noneOf(PlanAction.class);
        if (writes && (!stored || EDITABLE.contains(state))) {
            actions.add(SAVE);
        }
        if (writes && (state == PlanItemState.DRAFT || state == PlanItemState.RETURNED)) {
            actions.add(SUBMIT);
        }
        if (!stored) {
            return actions;
        }
        if (approves && state == PlanItemState.IN_APPROVAL) {
            actions.add(APPROVE);
            actions.add(RETURN);
        }
        if (writes && WITHDRAWABLE.contains(state)) {
            actions.add(WITHDRAW);
        }
        if (writes && state == PlanItemState.FAILED) {
            actions.add(RETRY);
        }
        if (approves && state == PlanItemState.SCHEDULED) {
            actions.add(PUBLISH_NOW);
        }
        return actions;
    }

    /** Calendar cards can be dragged only by those who may change the item's time. */
    static boolean mayReschedule(PlanItemState state, long organisationId, Caller caller) {
        return available(true, state, organisationId, caller).contains(SAVE);
    }
}
