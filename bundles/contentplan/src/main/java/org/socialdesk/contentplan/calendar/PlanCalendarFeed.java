package org.socialdesk.contentplan.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.socialdesk.core.contentplan.PlanItem;

/**
 * An organisation's content plan as an iCalendar feed (RFC 5545, {@code text/calendar}) for staff calendars: one
 * event of half an hour per planned item. Items without a planned time (reply templates) are left out.
 */
public final class PlanCalendarFeed {

    private static final String CRLF = "\r\n";
    /** RFC 5545 3.1: lines longer than 75 octets are folded. */
    private static final int LINE_OCTETS = 75;
    private static final int SUMMARY_LENGTH = 80;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private PlanCalendarFeed() {
    }

    /**
     * @param calendarName shown by calendar programs, e.g. the organisation's name
     * @param host         the domain part of the events' UIDs, so that they stay unique across installations
     */
    public static String write(String calendarName, String host, List<PlanItem> items, Instant now) {
        StringBuilder feed = new StringBuilder();
        line(feed, "BEGIN:VCALENDAR");
        line(feed, "VERSION:2.0");
        line(feed, "PRODID:-//SocialDesk//Content plan//RU");
        line(feed, "CALSCALE:GREGORIAN");
        line(feed, "METHOD:PUBLISH");
        line(feed, "X-WR-CALNAME:" + text(calendarName));
        for (PlanItem item : items) {
            if (item.plannedAt() == null || item.id() == null) {
                continue;
            }
            line(feed, "BEGIN:VEVENT");
            line(feed, "UID:plan-item-" + item.id() + "@" + host);
            line(feed, "DTSTAMP:" + UTC.format(now));
            line(feed, "DTSTART:" + UTC.format(item.plannedAt()));
            line(feed, "DURATION:PT30M");
            line(feed, "SUMMARY:" + text(summary(item)));
            line(feed, "DESCRIPTION:" + text(item.state() + " · " + item.kind() + " · " + item.format() + "\n\n"
                    + item.text()));
            line(feed, "STATUS:" + status(item));
            line(feed, "SEQUENCE:" + item.version());
            line(feed, "END:VEVENT");
        }
        line(feed, "END:VCALENDAR");
        return feed.toString();
    }

    private static String summary(PlanItem item) {
        String summary = item.occasion() != null ? item.occasion().title()
                : item.text().replaceAll("\\s+", " ").strip();
        return summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    private static String status(PlanItem item) {
        return switch (item.state()) {
            case APPROVED, SCHEDULED, PUBLISHED, FAILED -> "CONFIRMED";
            case WITHDRAWN -> "CANCELLED";
            case DRAFT, IN_APPROVAL, RETURNED -> "TENTATIVE";
        };
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets of UTF-8, never inside a character. */
    static void line(StringBuilder feed, String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                feed.append(CRLF).append(' ');
                // the leading space of a continuation line counts towards its 75 octets
                octets = 1;
            }
            feed.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        feed.append(CRLF);
    }
}
