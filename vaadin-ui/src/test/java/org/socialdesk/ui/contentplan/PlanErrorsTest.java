package org.socialdesk.ui.contentplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.socialdesk.core.contentplan.PlanValidationException;

class PlanErrorsTest {

    @Test
    void aKnownRefusalIsSaidInTheUsersOwnWords() {
        assertEquals("plan.validation.targets",
                PlanErrors.key(new PlanValidationException("targets", "A post needs at least one account")));
        assertEquals(PlanErrors.STALE, PlanErrors.key(new PlanValidationException("version",
                "Plan item 5 was changed by someone else; open it again")));
        assertEquals("plan.error.reason-missing",
                PlanErrors.key(new PlanValidationException("reason", "A withdrawal needs a reason")));
    }

    @Test
    void anotherRefusalOfAKnownFieldNamesTheField() {
        assertEquals("plan.error.text", PlanErrors.key(new PlanValidationException("text",
                "The text for ВКонтакте has 17000 characters")));
        assertEquals("plan.error.planned-at",
                PlanErrors.key(new PlanValidationException("plannedAt", "in the past")));
    }

    @Test
    void anUnknownOrMissingFieldStillSaysWhatTheServiceSaid() {
        assertEquals(PlanErrors.REJECTED, PlanErrors.key(new PlanValidationException(null, "not allowed")));
        assertEquals(PlanErrors.REJECTED, PlanErrors.key(new PlanValidationException("colour", "odd")));
    }
}
