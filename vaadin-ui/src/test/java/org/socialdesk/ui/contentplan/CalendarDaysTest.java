package org.socialdesk.ui.contentplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.model.Format;

class CalendarDaysTest {

    private static final ZoneId BARNAUL = ZoneId.of("Asia/Barnaul");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void itemsFallOnTheOrganisationsDayNotOnTheUtcDay() {
        // 23:30 in Barnaul on Monday is 16:30 UTC the same day; 01:00 on Tuesday is still Monday in UTC
        PlanItem lateMonday = item(1, "2026-11-23T16:30:00Z");
        PlanItem earlyTuesday = item(2, "2026-11-23T18:00:00Z");
        List<LocalDate> days = new CalendarPeriod(CalendarPeriod.Mode.WEEK, LocalDate.of(2026, 11, 23)).days();

        Map<LocalDate, List<PlanItem>> byDay = CalendarDays.byDay(List.of(earlyTuesday, lateMonday), BARNAUL, days);

        assertEquals(List.of(lateMonday), byDay.get(LocalDate.of(2026, 11, 23)));
        assertEquals(List.of(earlyTuesday), byDay.get(LocalDate.of(2026, 11, 24)));
        assertEquals(7, byDay.size());
    }

    @Test
    void itemsOfADayAreInTimeOrderAndOthersAreLeftOut() {
        PlanItem evening = item(1, "2026-11-25T12:00:00Z");
        PlanItem morning = item(2, "2026-11-25T02:00:00Z");
        PlanItem nextWeek = item(3, "2026-12-02T02:00:00Z");
        PlanItem template = new PlanItem(4L, 0, 1, PlanItemKind.REPLY_TEMPLATE, null, null, Format.TEXT, "x",
                null, null, null, null, null, null, null, 0);
        List<LocalDate> days = new CalendarPeriod(CalendarPeriod.Mode.WEEK, LocalDate.of(2026, 11, 23)).days();

        Map<LocalDate, List<PlanItem>> byDay = CalendarDays.byDay(List.of(evening, nextWeek, template, morning),
                BARNAUL, days);

        assertEquals(List.of(morning, evening), byDay.get(LocalDate.of(2026, 11, 25)));
        assertEquals(2, byDay.values().stream().mapToInt(List::size).sum());
    }

    @Test
    void aMoveKeepsTheLocalTimeOfDay() {
        Instant moved = CalendarDays.movedTo(Instant.parse("2026-11-23T16:30:00Z"), LocalDate.of(2026, 11, 27),
                BARNAUL);
        assertEquals(Instant.parse("2026-11-27T16:30:00Z"), moved);
    }

    @Test
    void aMoveAcrossAClockChangeKeepsTheWallClockTime() {
        // 10:00 in Berlin on 28 March 2026 (UTC+1) moved to 30 March (UTC+2) is still 10:00 there
        Instant moved = CalendarDays.movedTo(Instant.parse("2026-03-28T09:00:00Z"), LocalDate.of(2026, 3, 30),
                BERLIN);
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"), moved);
    }

    private static PlanItem item(long id, String plannedAt) {
        return new PlanItem(id, 0, 1, PlanItemKind.POST, null, Instant.parse(plannedAt), Format.TEXT, "text " + id,
                null, null, null, null, null, null, null, 0);
    }
}
