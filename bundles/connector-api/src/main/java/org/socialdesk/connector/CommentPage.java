package org.socialdesk.connector;

import java.util.List;
import java.util.Objects;

/**
 * @param comments   in the order they arrived
 * @param nextCursor where the next read starts; equal to the cursor given when nothing new arrived
 */
public record CommentPage(List<NetworkComment> comments, String nextCursor) {

    public CommentPage {
        comments = List.copyOf(comments);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
