package org.socialdesk.ui.contentplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;

class PlanActionTest {

    private static final long BODY = 7;
    private static final Caller EDITOR = new Caller("editor", Map.of(Role.EDITOR, Set.of(BODY)));
    private static final Caller OTHER_EDITOR = new Caller("other", Map.of(Role.EDITOR, Set.of(8L)));
    private static final Caller PRESS = new Caller("press", Map.of(Role.PRESS_OFFICE, Set.of()));
    private static final Caller AUDITOR = new Caller("auditor", Map.of(Role.AUDITOR, Set.of()));

    @Test
    void anEditorWritesAndSubmitsADraftButDoesNotApproveIt() {
        assertEquals(EnumSet.of(PlanAction.SAVE, PlanAction.SUBMIT),
                PlanAction.available(false, PlanItemState.DRAFT, BODY, EDITOR));
        assertEquals(EnumSet.of(PlanAction.SAVE, PlanAction.SUBMIT, PlanAction.WITHDRAW),
                PlanAction.available(true, PlanItemState.DRAFT, BODY, EDITOR));
        assertEquals(EnumSet.of(PlanAction.WITHDRAW),
                PlanAction.available(true, PlanItemState.IN_APPROVAL, BODY, EDITOR));
    }

    @Test
    void thePressOfficeApprovesReturnsAndPublishesNow() {
        assertEquals(EnumSet.of(PlanAction.APPROVE, PlanAction.RETURN, PlanAction.WITHDRAW),
                PlanAction.available(true, PlanItemState.IN_APPROVAL, BODY, PRESS));
        assertTrue(PlanAction.available(true, PlanItemState.SCHEDULED, BODY, PRESS).contains(PlanAction.PUBLISH_NOW));
        assertFalse(PlanAction.available(true, PlanItemState.SCHEDULED, BODY, EDITOR)
                .contains(PlanAction.PUBLISH_NOW));
    }

    @Test
    void aFailedItemCanBeFixedAndRetriedAndAPublishedOneOnlyShown() {
        assertEquals(EnumSet.of(PlanAction.SAVE, PlanAction.WITHDRAW, PlanAction.RETRY),
                PlanAction.available(true, PlanItemState.FAILED, BODY, EDITOR));
        assertEquals(Set.of(), PlanAction.available(true, PlanItemState.PUBLISHED, BODY, PRESS));
        assertEquals(Set.of(), PlanAction.available(true, PlanItemState.WITHDRAWN, BODY, PRESS));
    }

    @Test
    void nobodyActsOutsideTheirOrganisationsOrWithAReadingRole() {
        assertEquals(Set.of(), PlanAction.available(true, PlanItemState.DRAFT, BODY, OTHER_EDITOR));
        assertEquals(Set.of(), PlanAction.available(true, PlanItemState.IN_APPROVAL, BODY, AUDITOR));
        assertFalse(PlanAction.mayReschedule(PlanItemState.SCHEDULED, BODY, AUDITOR));
    }

    @Test
    void onlyItemsThatCanStillBeEditedAreDraggable() {
        assertTrue(PlanAction.mayReschedule(PlanItemState.APPROVED, BODY, EDITOR));
        assertFalse(PlanAction.mayReschedule(PlanItemState.IN_APPROVAL, BODY, EDITOR));
        assertFalse(PlanAction.mayReschedule(PlanItemState.PUBLISHED, BODY, PRESS));
    }
}
