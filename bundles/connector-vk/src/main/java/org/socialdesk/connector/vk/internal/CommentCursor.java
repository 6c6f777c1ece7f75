package org.socialdesk.connector.vk.internal;

import org.socialdesk.connector.Rejected;

/**
 * Where reading comments stopped: the id of the last comment delivered. VK numbers all comments on one wall from
 * one rising sequence, so one number covers every post and thread.
 */
record CommentCursor(long lastDelivered) {

    private static final String PREFIX = "vk-comments-after:";

    static final CommentCursor START = new CommentCursor(0);

    static CommentCursor parse(String cursor) throws Rejected {
        if (cursor == null) {
            return START;
        }
        if (cursor.startsWith(PREFIX)) {
            try {
                return new CommentCursor(Long.parseLong(cursor.substring(PREFIX.length())));
            } catch (NumberFormatException broken) {
                // reported below
            }
        }
        throw new Rejected("'" + cursor + "' is not a cursor of the VK connector");
    }

    @Override
    public String toString() {
        return PREFIX + lastDelivered;
    }
}
