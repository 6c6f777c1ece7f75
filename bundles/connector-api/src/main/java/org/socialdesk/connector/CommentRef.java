package org.socialdesk.connector;

import java.util.Objects;

/**
 * @param postId    the post the comment is under; for a direct message, the conversation id
 * @param commentId the network's id of the comment or message
 */
public record CommentRef(String postId, String commentId) {

    public CommentRef {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(commentId, "commentId");
    }
}
