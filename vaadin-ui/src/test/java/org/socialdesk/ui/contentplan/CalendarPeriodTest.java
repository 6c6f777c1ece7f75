package org.socialdesk.ui.contentplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarPeriodTest {

    private static final ZoneId BARNAUL = ZoneId.of("Asia/Barnaul");

    @Test
    void aWeekRunsFromMondayToSundayAroundAnyOfItsDays() {
        CalendarPeriod week = new CalendarPeriod(CalendarPeriod.Mode.WEEK, LocalDate.of(2026, 11, 28));
        List<LocalDate> days = week.days();
        assertEquals(7, days.size());
        assertEquals(LocalDate.of(2026, 11, 23), days.get(0));
        assertEquals(LocalDate.of(2026, 11, 29), days.get(6));
    }

    @Test
    void aMonthIsLaidOutInWholeWeeksWithTheNeighboursDaysMarkedAsNotItsOwn() {
        // November 2026 starts on a Sunday and ends on a Monday: six rows
        CalendarPeriod november = new CalendarPeriod(CalendarPeriod.Mode.MONTH, LocalDate.of(2026, 11, 15));
        List<LocalDate> days = november.days();
        assertEquals(42, days.size());
        assertEquals(LocalDate.of(2026, 10, 26), days.get(0));
        assertEquals(LocalDate.of(2026, 12, 6), days.get(41));
        assertEquals(DayOfWeek.MONDAY, days.get(0).getDayOfWeek());
        assertFalse(november.isOwn(LocalDate.of(2026, 10, 31)));
        assertTrue(november.isOwn(LocalDate.of(2026, 11, 1)));
        assertTrue(november.isOwn(LocalDate.of(2026, 11, 30)));
        assertFalse(november.isOwn(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void aMonthStartingOnMondayAndEndingOnSundayNeedsNoNeighbours() {
        CalendarPeriod february = new CalendarPeriod(CalendarPeriod.Mode.MONTH, LocalDate.of(2027, 2, 10));
        assertEquals(28, february.days().size());
        assertEquals(LocalDate.of(2027, 2, 1), february.first());
        assertEquals(LocalDate.of(2027, 2, 28), february.last());
    }

    @Test
    void movingBackAndForthKeepsTheModeAndCrossesYears() {
        CalendarPeriod week = new CalendarPeriod(CalendarPeriod.Mode.WEEK, LocalDate.of(2026, 12, 30));
        assertEquals(LocalDate.of(2027, 1, 6), week.next().anchor());
        CalendarPeriod january = new CalendarPeriod(CalendarPeriod.Mode.MONTH, LocalDate.of(2027, 1, 31));
        assertEquals(LocalDate.of(2026, 12, 31), january.previous().anchor());
        assertEquals(CalendarPeriod.Mode.MONTH, january.previous().mode());
        assertEquals(LocalDate.of(2027, 2, 28), january.next().anchor());
    }

    @Test
    void theInstantsBoundTheShownDaysInTheOrganisationsZone() {
        CalendarPeriod week = new CalendarPeriod(CalendarPeriod.Mode.WEEK, LocalDate.of(2026, 11, 28));
        // Barnaul is UTC+7
        assertEquals(Instant.parse("2026-11-22T17:00:00Z"), week.start(BARNAUL));
        assertEquals(Instant.parse("2026-11-29T17:00:00Z"), week.end(BARNAUL));
    }
}
