package org.socialdesk.ui.contentplan;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.ui.i18n.EnumKeys;

/** One plan item in a calendar day: its time, state colour, networks and the first words of its text. */
final class PlanItemCard extends Div {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** The first words are a reminder of which post it is, not a preview. */
    private static final int FIRST_CHARS = 60;
    private static final Map<PlanItemState, String> COLOURS = Map.of(
            PlanItemState.DRAFT, "var(--lumo-contrast-50pct)",
            PlanItemState.IN_APPROVAL, "var(--lumo-warning-color, #f5a623)",
            PlanItemState.RETURNED, "var(--lumo-error-color)",
            PlanItemState.APPROVED, "var(--lumo-primary-color)",
            PlanItemState.SCHEDULED, "var(--lumo-primary-color)",
            PlanItemState.PUBLISHED, "var(--lumo-success-color)",
            PlanItemState.FAILED, "var(--lumo-error-color)",
            PlanItemState.WITHDRAWN, "var(--lumo-contrast-30pct)");

    /**
     * @param networkOf the network of each target account the caller can see
     * @param draggable whether the caller may move it to another day
     */
    PlanItemCard(PlanItem item, ZoneId zone, Map<Long, String> networkOf, boolean draggable) {
        setId("plan-item-" + item.id());
        addClassName("plan-item-card");
        getStyle().set("border-left", "4px solid " + COLOURS.get(item.state()))
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("margin-bottom", "var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-s)").set("cursor", "pointer").set("overflow", "hidden");

        Span time = new Span(item.plannedAt() == null ? "" : TIME.format(item.plannedAt().atZone(zone)));
        time.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-xs)");
        Span networks = new Span(item.targets().stream().map(target -> networkOf.get(target.accountId()))
                .filter(Objects::nonNull).distinct().sorted().collect(Collectors.joining(" · ")));
        networks.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span state = new Span(getTranslation(EnumKeys.of(item.state())));
        state.getStyle().set("display", "block").set("color", COLOURS.get(item.state()))
                .set("font-size", "var(--lumo-font-size-xs)");
        Span words = new Span(firstWords(item));
        words.getStyle().set("display", "block");
        add(time, networks, state, words);
        setTitle(item.text());

        if (draggable) {
            DragSource<PlanItemCard> drag = DragSource.create(this);
            drag.setDragData(item);
        }
    }

    private static String firstWords(PlanItem item) {
        String text = item.occasion() != null && item.text().isBlank() ? item.occasion().title() : item.text();
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= FIRST_CHARS) {
            return line;
        }
        int space = line.lastIndexOf(' ', FIRST_CHARS);
        return line.substring(0, space > 0 ? space : FIRST_CHARS) + "…";
    }
}
