package org.socialdesk.ui.contentplan;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The days a calendar page shows: one ISO week, or a month laid out in whole weeks (Monday first, as Russian
 * calendars are), so that its grid always has seven columns.
 *
 * @param anchor any day of the period
 */
record CalendarPeriod(Mode mode, LocalDate anchor) {

    enum Mode {
        WEEK, MONTH
    }

    CalendarPeriod {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(anchor, "anchor");
    }

    /** The first day shown: a Monday. */
    LocalDate first() {
        LocalDate start = mode == Mode.WEEK ? anchor : anchor.withDayOfMonth(1);
        return start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The last day shown: a Sunday. */
    LocalDate last() {
        LocalDate end = mode == Mode.WEEK ? anchor : anchor.with(TemporalAdjusters.lastDayOfMonth());
        return end.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    /** Every day shown, a multiple of seven. */
    List<LocalDate> days() {
        return Stream.iterate(first(), day -> !day.isAfter(last()), day -> day.plusDays(1)).toList();
    }

    /** Whether the day belongs to the period itself rather than filling the month's first or last week. */
    boolean isOwn(LocalDate day) {
        return mode == Mode.WEEK ? !day.isBefore(first()) && !day.isAfter(last())
                : day.getYear() == anchor.getYear() && day.getMonth() == anchor.getMonth();
    }

    CalendarPeriod previous() {
        return new CalendarPeriod(mode, mode == Mode.WEEK ? anchor.minusWeeks(1) : anchor.minusMonths(1));
    }

    CalendarPeriod next() {
        return new CalendarPeriod(mode, mode == Mode.WEEK ? anchor.plusWeeks(1) : anchor.plusMonths(1));
    }

    CalendarPeriod withMode(Mode other) {
        return new CalendarPeriod(other, anchor);
    }

    /** The first instant shown, in the organisation's zone. */
    Instant start(ZoneId zone) {
        return first().atStartOfDay(zone).toInstant();
    }

    /** The first instant after the last day shown. */
    Instant end(ZoneId zone) {
        return last().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
