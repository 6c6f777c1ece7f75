package org.socialdesk.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.model.Organisation;

class PlanCommandTest {

    @Test
    void aWeekIsReadAsTheIsoWeekOfItsYear() {
        assertEquals(new IsoWeek(2026, 48), PlanCommand.week("2026-W48", Organisation.ALTAI));
        assertEquals(LocalDate.of(2026, 12, 28), PlanCommand.week(" 2026-W53 ", Organisation.ALTAI).monday());
    }

    @Test
    void aWeekTheYearDoesNotHaveOrAnotherSpellingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlanCommand.week("2025-W53", Organisation.ALTAI));
        assertThrows(IllegalArgumentException.class, () -> PlanCommand.week("2026-W00", Organisation.ALTAI));
        assertThrows(IllegalArgumentException.class, () -> PlanCommand.week("2026-W60", Organisation.ALTAI));
        assertThrows(IllegalArgumentException.class, () -> PlanCommand.week("2026-48", Organisation.ALTAI));
    }
}
