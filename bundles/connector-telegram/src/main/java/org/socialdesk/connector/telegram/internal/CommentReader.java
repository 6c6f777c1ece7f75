package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.NetworkComment;

/**
 * Comments from the channel's discussion group, in the bot's updates ({@link UpdateFeed}: getUpdates long polling or
 * the webhook); the cursor is the next {@code update_id} ({@link UpdateCursor}).
 *
 * <p>In the group, Telegram forwards each channel post automatically ({@code is_automatic_forward}); a comment
 * replies to that forward, and a reply within the thread replies to a comment and names the forward as its
 * {@code message_thread_id}. The connector learns thread → post from the forwards and comments it reads
 * ({@link SeenDiscussions}); a reply in a thread it has not seen since the bundle started carries the post id
 * {@code thread-<group message id>} and a link into the group.
 *
 * <p>The bot's update queue is one for all its chats: a bot serves one channel, or reads would take each other's
 * comments. Other messages (the group's own chatter, the forwards themselves) advance the cursor without a comment.
 */
final class CommentReader {

    private final UpdateFeed feed;
    private final DiscussionGroups groups;
    private final SeenDiscussions seen;
    private final int updatesPerRead;
    private final int longPollSeconds;

    CommentReader(UpdateFeed feed, DiscussionGroups groups, SeenDiscussions seen, int updatesPerRead,
            int longPollSeconds) {
        this.feed = feed;
        this.groups = groups;
        this.seen = seen;
        this.updatesPerRead = updatesPerRead;
        this.longPollSeconds = longPollSeconds;
    }

    CommentPage read(Channel channel, BotToken token, String cursor) throws ConnectorException {
        long group = groups.of(channel, token);
        long next = UpdateCursor.parse(cursor);
        List<NetworkComment> comments = new ArrayList<>();
        // updates that hold no comment must not end a read: the core takes an empty page for "nothing more now"
        for (int poll = longPollSeconds; comments.isEmpty(); poll = 0) {
            JsonNode updates = feed.from(token, next, updatesPerRead, poll);
            if (updates.isEmpty()) {
                break;
            }
            for (JsonNode update : updates) {
                next = Math.max(next, update.path("update_id").asLong() + 1);
                JsonNode message = update.path("message");
                if (message.path("chat").path("id").asLong() == group) {
                    comment(channel, group, message).ifPresent(comments::add);
                }
            }
        }
        return new CommentPage(comments, UpdateCursor.format(next));
    }

    private Optional<NetworkComment> comment(Channel channel, long group, JsonNode message) {
        if (message.path("is_automatic_forward").asBoolean(false)) {
            learnThread(group, message);
            return Optional.empty();
        }
        JsonNode repliedTo = message.path("reply_to_message");
        if (repliedTo.isMissingNode()) {
            return Optional.empty();
        }
        String commentId = message.path("message_id").asText();
        String postId;
        String replyTo = null;
        if (repliedTo.path("is_automatic_forward").asBoolean(false)) {
            postId = learnThread(group, repliedTo);
        } else {
            long root = message.path("message_thread_id").asLong(repliedTo.path("message_thread_id").asLong());
            postId = seen.postOfThread(group, root).orElse("thread-" + root);
            replyTo = repliedTo.path("message_id").asText();
        }
        Instant writtenAt = Instant.ofEpochSecond(message.path("date").asLong());
        seen.commentWritten(group, commentId, writtenAt);
        JsonNode author = message.has("sender_chat") ? message.get("sender_chat") : message.path("from");
        return Optional.of(new NetworkComment(new CommentRef(postId, commentId), author.path("id").asText(null),
                nameOf(author), message.path("text").asText(message.path("caption").asText("")), writtenAt, replyTo,
                postId.startsWith("thread-") ? groupUrl(group, commentId) : channel.commentUrl(postId, commentId)));
    }

    /** The channel post an automatic forward in the group stands for. */
    private String learnThread(long group, JsonNode forward) {
        return seen.forwardSeen(group, forward);
    }

    private static String nameOf(JsonNode author) {
        if (author.has("title")) {
            return author.get("title").asText();
        }
        String first = author.path("first_name").asText("");
        String last = author.path("last_name").asText("");
        return last.isEmpty() ? first : first + " " + last;
    }

    private static String groupUrl(long group, String messageId) {
        return new Channel(Long.toString(group)).postUrl(messageId);
    }
}
