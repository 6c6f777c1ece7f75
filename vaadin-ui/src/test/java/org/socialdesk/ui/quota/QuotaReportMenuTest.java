package org.socialdesk.ui.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.contentplan.IsoWeek;

class QuotaReportMenuTest {

    @Test
    void aWeekAcrossTwoMonthsBelongsToTheMonthOfItsThursday() {
        // 27 October to 2 November 2026: Thursday is 29 October
        assertEquals(YearMonth.of(2026, 10), QuotaReportMenu.monthOf(new IsoWeek(2026, 44)));
        // 30 November to 6 December 2026: Thursday is 3 December
        assertEquals(YearMonth.of(2026, 12), QuotaReportMenu.monthOf(new IsoWeek(2026, 49)));
    }
}
