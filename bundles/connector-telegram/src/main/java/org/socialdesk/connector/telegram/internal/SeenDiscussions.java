package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * What comment reads taught the connector that later updates and moderation do not say again: which channel post a
 * discussion thread belongs to (a reply inside a thread names only its thread's first message in the group), when
 * a comment was written (deleteComment gets only ids, and Telegram deletes only within 48 hours), and what each
 * channel post showed (a bot cannot read the channel's history; {@link LostPosts} looks there). Kept in memory;
 * after a restart the connector falls back as {@link CommentReader}, {@link GroupModeration} and {@link LostPosts}
 * describe.
 */
final class SeenDiscussions {

    /** A channel post as Telegram's automatic forward of it into the discussion group shows it. */
    record ForwardedPost(long group, String postId, String content, Instant postedAt) {
    }

    /** Threads and comments of months of a busy channel. */
    private static final int KEPT = 50_000;

    private final Recent<String, String> postOfThread = new Recent<>(KEPT);
    private final Recent<String, Instant> writtenAt = new Recent<>(KEPT);
    private final Recent<String, ForwardedPost> forwarded = new Recent<>(KEPT);

    /**
     * Learns from an automatic forward which post its thread belongs to and what the post showed.
     *
     * @return the channel post's id
     */
    String forwardSeen(long group, JsonNode forward) {
        JsonNode origin = forward.path("forward_origin");
        String postId = origin.path("message_id").asText();
        threadOfPost(group, forward.path("message_id").asLong(), postId);
        forwarded.put(group + ":" + postId, new ForwardedPost(group, postId, contentOf(forward),
                Instant.ofEpochSecond(origin.path("date").asLong())));
        return postId;
    }

    /** The newest post of the group's channel posted at or after {@code since} that showed {@code content}. */
    Optional<ForwardedPost> newestPostShowing(long group, String content, Instant since) {
        return forwarded.values().stream().filter(post -> post.group() == group
                && post.content().equals(content.strip()) && !post.postedAt().isBefore(since))
                .max(Comparator.comparing(ForwardedPost::postedAt)
                        .thenComparing(post -> Long.parseLong(post.postId())));
    }

    /** What a post shows to be recognised by: its text, its media's caption, or its poll's question. */
    private static String contentOf(JsonNode message) {
        String shown = message.has("text") ? message.get("text").asText()
                : message.has("caption") ? message.get("caption").asText()
                : message.path("poll").path("question").asText("");
        return shown.strip();
    }

    private void threadOfPost(long group, long threadRoot, String postId) {
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
