package org.socialdesk.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment under a post, or a message to the account, as read from the network.
 *
 * @param ref       where it is, for deleting or replying
 * @param replyTo   id of the comment this one answers within a thread, or {@code null}
 * @param url       direct link a person can open
 */
public record NetworkComment(CommentRef ref, String authorId, String authorName, String text, Instant createdAt,
        String replyTo, String url) {

    public NetworkComment {
        Objects.requireNonNull(ref, "ref");
        text = text == null ? "" : text;
    }
}
