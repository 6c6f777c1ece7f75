package org.socialdesk.ui.contentplan;

import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.socialdesk.core.contentplan.PlanItem;

/**
 * A week or a month of the plan as a grid of seven columns, Monday first. Cards are dragged to another day to
 * move an item there; the calendar itself changes nothing, it reports the move and is drawn again afterwards,
 * so a refused move leaves the card where it was.
 */
final class PlanCalendar extends Div {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.MM");

    /**
     * @param open      called with an item whose card was clicked
     * @param moved     called with an item dropped on another day, and that day
     * @param draggable which items the caller may move
     */
    PlanCalendar(CalendarPeriod period, List<PlanItem> items, ZoneId zone, Map<Long, String> networkOf,
            Predicate<PlanItem> draggable, Consumer<PlanItem> open, BiConsumer<PlanItem, LocalDate> moved) {
        setId(period.mode() == CalendarPeriod.Mode.WEEK ? "plan-week" : "plan-month");
        setWidthFull();
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, minmax(0, 1fr))")
                .set("gap", "var(--lumo-space-xs)");
        for (DayOfWeek day : DayOfWeek.values()) {
            Span name = new Span(day.getDisplayName(TextStyle.SHORT_STANDALONE, getLocale()));
            name.getStyle().set("font-weight", "600").set("text-align", "center");
            add(name);
        }
        LocalDate today = LocalDate.now(zone);
        CalendarDays.byDay(items, zone, period.days()).forEach((day, dayItems) -> add(
                day(period, day, today, dayItems, zone, networkOf, draggable, open, moved)));
    }

    private Div day(CalendarPeriod period, LocalDate day, LocalDate today, List<PlanItem> items, ZoneId zone,
            Map<Long, String> networkOf, Predicate<PlanItem> draggable, Consumer<PlanItem> open,
            BiConsumer<PlanItem, LocalDate> moved) {
        Div cell = new Div();
        cell.setId("plan-day-" + day);
        cell.getStyle().set("min-height", period.mode() == CalendarPeriod.Mode.WEEK ? "24em" : "7em")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-xs)").set("min-width", "0");
        if (!period.isOwn(day)) {
            cell.getStyle().set("background", "var(--lumo-contrast-5pct)").set("opacity", "0.7");
        }
        Span date = new Span(DAY.format(day));
        date.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", day.equals(today) ? "var(--lumo-primary-text-color)"
                        : "var(--lumo-secondary-text-color)")
                .set("font-weight", day.equals(today) ? "700" : "400");
        cell.add(date);
        for (PlanItem item : items) {
            PlanItemCard card = new PlanItemCard(item, zone, networkOf, draggable.test(item));
            card.addClickListener(event -> open.accept(item));
            cell.add(card);
        }
        DropTarget<Div> target = DropTarget.create(cell);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(event -> event.getDragData()
                .filter(PlanItem.class::isInstance).map(PlanItem.class::cast)
                .filter(item -> !item.plannedAt().atZone(zone).toLocalDate().equals(day))
                .ifPresent(item -> moved.accept(item, day)));
        return cell;
    }
}
