package org.socialdesk.connector.telegram.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * What comment reads taught the connector that later updates and moderation do not say again: which channel post a
 * discussion thread belongs to (a reply inside a thread names only its thread's first message in the group), and when
 * a comment was written (deleteComment gets only ids, and Telegram deletes only within 48 hours). Kept in memory;
 * after a restart the connector falls back as {@link CommentReader} and {@link GroupModeration} describe.
 */
final class SeenDiscussions {

    /** Threads and comments of months of a busy channel. */
    private static final int KEPT = 50_000;

    private final Recent<String, String> postOfThread = new Recent<>(KEPT);
    private final Recent<String, Instant> writtenAt = new Recent<>(KEPT);

    void threadOfPost(long group, long threadRoot, String postId) {
        postOfThread.put(group + ":" + threadRoot, postId);
    }

    Optional<String> postOfThread(long group, long threadRoot) {
        return postOfThread.get(group + ":" + threadRoot);
    }

    void commentWritten(long group, String commentId, Instant at) {
        writtenAt.put(group + ":" + commentId, at);
    }

    Optional<Instant> commentWrittenAt(long group, String commentId) {
        return writtenAt.get(group + ":" + commentId);
    }
}
