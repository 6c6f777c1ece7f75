package org.socialdesk.ui.contentplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialdesk.core.contentplan.PlanItem;

/**
 * Puts plan items into the days of a calendar page. Days are the organisation's days: an item at 23:30 in
 * Barnaul is on that day even though it is still the afternoon before in Moscow or UTC.
 */
final class CalendarDays {

    private CalendarDays() {
    }

    /** Every day of the list, in its order, with its items by planned time; items of other days are left out. */
    static Map<LocalDate, List<PlanItem>> byDay(List<PlanItem> items, ZoneId zone, List<LocalDate> days) {
        Map<LocalDate, List<PlanItem>> result = new LinkedHashMap<>();
        days.forEach(day -> result.put(day, new ArrayList<>()));
        for (PlanItem item : items) {
            if (item.plannedAt() == null) {
                continue;
            }
            List<PlanItem> day = result.get(item.plannedAt().atZone(zone).toLocalDate());
            if (day != null) {
                day.add(item);
            }
        }
        result.values().forEach(day -> day.sort(Comparator.comparing(PlanItem::plannedAt)));
        return result;
    }

    /**
     * The instant on another day at the same local time of day, which is what dragging a card to another
     * column means. A time that the day skips (a clock change) moves forward by the gap.
     */
    static Instant movedTo(Instant plannedAt, LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, plannedAt.atZone(zone).toLocalTime(), zone).toInstant();
    }
}
