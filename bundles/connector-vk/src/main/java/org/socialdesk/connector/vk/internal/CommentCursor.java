package org.socialdesk.connector.vk.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialdesk.connector.Rejected;

/**
 * Where reading comments stopped: the id of the last comment delivered in id order, and the last comment pushed by
 * VK's Callback API that was looked at ({@link CommentInbox}'s arrival number). VK numbers all comments on one wall
 * from one rising sequence, so one number covers every post and thread; a pushed comment that arrives after the
 * cursor passed its id is told apart by its arrival number.
 *
 * <p>Written {@code vk-comments-after:<id>}, with {@code ,pushed:<number>} once something was pushed, so that cursors
 * stored before the Callback API existed still read.
 */
record CommentCursor(long lastDelivered, long lastPushedSeen) {

    private static final String PREFIX = "vk-comments-after:";
    private static final Pattern FORM = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,18})(?:,pushed:(\\d{1,18}))?");

    static final CommentCursor START = new CommentCursor(0, 0);

    static CommentCursor parse(String cursor) throws Rejected {
        if (cursor == null) {
            return START;
        }
        Matcher matcher = FORM.matcher(cursor);
        if (!matcher.matches()) {
            throw new Rejected("'" + cursor + "' is not a cursor of the VK connector");
        }
        return new CommentCursor(Long.parseLong(matcher.group(1)),
                matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2)));
    }

    @Override
    public String toString() {
        return PREFIX + lastDelivered + (lastPushedSeen == 0 ? "" : ",pushed:" + lastPushedSeen);
    }
}
