package org.socialdesk.contentplan.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.model.Format;

class PlanCalendarFeedTest {

    private static PlanItem item(long id, Instant plannedAt, String text, PlanItemState state) {
        return new PlanItem(id, 3, 1, PlanItemKind.POST, null, plannedAt, Format.TEXT, text, null, null, null, null,
                null, state, null, 0);
    }

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void textValuesAreEscaped() {
        assertEquals("a\\\\b\\;c\\,d\\ne", PlanCalendarFeed.text("a\\b;c,d\r\ne"));
    }

    @Test
    void longCyrillicLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String text = "Губернатор сегодня в Бийске, посмотрел ремонт моста через Бию; обещают открыть движение "
                + "до конца месяца \uD83D\uDE80 следим за стройкой вместе с вами";
        String feed = PlanCalendarFeed.write("Правительство", "socialdesk.example",
                List.of(item(7, Instant.parse("2026-11-25T05:00:00Z"), text, PlanItemState.SCHEDULED)), NOW);
        assertTrue(feed.endsWith("END:VCALENDAR\r\n"));
        String[] lines = feed.split("\r\n", -1);
        for (String line : Arrays.copyOf(lines, lines.length - 1)) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertFalse(line.contains("\n") || line.contains("\r"));
        }
        String unfolded = feed.replace("\r\n ", "");
        assertTrue(unfolded.contains("DESCRIPTION:SCHEDULED · POST · TEXT\\n\\n" + PlanCalendarFeed.text(text)),
                unfolded);
        assertTrue(unfolded.contains("DTSTART:20261125T050000Z\r\n"));
        assertTrue(unfolded.contains("UID:plan-item-7@socialdesk.example\r\n"));
        assertTrue(unfolded.contains("STATUS:CONFIRMED\r\n"));
    }

    @Test
    void itemsWithoutAPlannedTimeAreLeftOutAndWithdrawnOnesAreCancelled() {
        String feed = PlanCalendarFeed.write("Минздрав", "socialdesk.example", List.of(
                item(1, null, "Шаблон ответа", PlanItemState.APPROVED),
                item(2, NOW, "Снято", PlanItemState.WITHDRAWN)), NOW);
        assertEquals(1, feed.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(feed.contains("STATUS:CANCELLED\r\n"));
    }
}
