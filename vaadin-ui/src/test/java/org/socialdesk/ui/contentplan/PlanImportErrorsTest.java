package org.socialdesk.ui.contentplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.socialdesk.core.contentplan.PlanRowError;

class PlanImportErrorsTest {

    @Test
    void aRefusalTheFormKnowsIsExplainedAsInTheForm() {
        assertEquals("plan.error.archived", PlanImportErrors.key(new PlanRowError(3, "accounts",
                "Account 12 is archived")));
    }

    @Test
    void aMistakeInAColumnIsExplainedByTheColumn() {
        assertEquals("plan.import.error.planned", PlanImportErrors.key(new PlanRowError(4, "planned",
                "A time is written like 2026-11-25 12:00, not завтра")));
        assertEquals("plan.error.targets", PlanImportErrors.key(new PlanRowError(4, "accounts",
                "Accounts are ids separated by spaces, not vk")));
        assertEquals("plan.error.occasion", PlanImportErrors.key(new PlanRowError(4, "occasion_kind",
                "occasion_kind is one of [GOVERNOR], not губернатор")));
    }

    @Test
    void aFileWithoutTheColumnsIsSaidToNeedThem() {
        assertEquals(PlanImportErrors.HEADER, PlanImportErrors.key(new PlanRowError(1, null,
                "The first line must name the columns [planned, format]")));
        assertEquals(PlanErrors.REJECTED, PlanImportErrors.key(new PlanRowError(2, null,
                "The line has more values than the 6 columns")));
    }
}
