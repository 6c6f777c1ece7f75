package org.socialdesk.connector.telegram.internal;

import org.socialdesk.connector.Rejected;

/**
 * A comment cursor: the {@code update_id} the next getUpdates starts at, Telegram's own {@code offset}. Asking with it
 * confirms every earlier update to Telegram, which then never sends them again; Telegram keeps unconfirmed updates for
 * 24 hours, so comments are read at least that often or lost.
 */
final class UpdateCursor {

    /** Telegram's update ids are positive: offset 0 is "from the earliest unconfirmed update". */
    static final long START = 0;

    private UpdateCursor() {
    }

    static long parse(String cursor) throws Rejected {
        if (cursor == null || cursor.isEmpty()) {
            return START;
        }
        try {
            long offset = Long.parseLong(cursor);
            if (offset < 0) {
                throw new NumberFormatException("negative");
            }
            return offset;
        } catch (NumberFormatException notAnUpdateId) {
            throw new Rejected("'" + cursor + "' is not a Telegram comment cursor (the next update_id)");
        }
    }

    static String format(long offset) {
        return Long.toString(offset);
    }
}
