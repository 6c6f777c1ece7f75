package org.socialdesk.core.contentplan;

import java.time.Instant;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.security.Caller;

/**
 * An organisation's content plan in and out of files: spreadsheets for bulk planning and an iCalendar feed for
 * staff calendars. Exports need the right to read the organisation's plan, imports the right to write its posts.
 *
 * @throws org.socialdesk.core.security.AccessDeniedException from every method when the caller may not do it
 * @throws PlanValidationException when the organisation does not exist
 */
public interface PlanTransfer {

    /** The media type of {@link #calendar}. */
    String CALENDAR_MEDIA_TYPE = "text/calendar; charset=UTF-8";

    /**
     * The posts of the organisation planned in [from, to) that the caller may see, ordered by planned time, with
     * the columns {@code planned, format, accounts, occasion_kind, occasion_title, text, id, state}; times are in
     * the organisation's zone.
     */
    byte[] export(Caller caller, long organisationId, Instant from, Instant to, SpreadsheetFormat format);

    /**
     * Checks a file as {@link #importFile} would, storing nothing.
     *
     * @throws IllegalArgumentException when the bytes are not a file of the format at all
     */
    PlanImportResult check(Caller caller, long organisationId, byte[] file, SpreadsheetFormat format);

    /**
     * Stores every row of the file as a new draft (post) of the organisation, or none when any row is wrong; the
     * {@code id} and {@code state} columns of an exported file are ignored.
     *
     * @throws IllegalArgumentException when the bytes are not a file of the format at all
     */
    PlanImportResult importFile(Caller caller, long organisationId, byte[] file, SpreadsheetFormat format);

    /** The items of the organisation planned in [from, to) as an iCalendar (RFC 5545) document. */
    String calendar(Caller caller, long organisationId, Instant from, Instant to);
}
