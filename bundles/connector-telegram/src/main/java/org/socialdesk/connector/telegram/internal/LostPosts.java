package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;

/**
 * Finds a channel post whose answer was lost. A bot cannot read a channel's history and Telegram keeps no
 * idempotency key, but Telegram forwards every channel post into the linked discussion group, and the bot receives
 * that forward as an update with the post's id, date and content. So a lost post is found by its content among the
 * forwards comment reads have seen ({@link SeenDiscussions}) and those still waiting in the bot's update queue
 * ({@link UpdateFeed#peek}), posted since the publish was attempted.
 *
 * <p>"Not found" is therefore no proof: Telegram may not have forwarded the post yet (it does so within moments), a
 * post with neither text, caption nor question has no content to match, and after a restart the attempt time is
 * unknown and forwards confirmed by earlier reads are forgotten. The core must not take "empty" as "not published"
 * without a person's check (see {@link TelegramConnector#findPublished}).
 */
final class LostPosts {

    /** Telegram's clock and the server's may disagree by this much. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    /** Without a known attempt, posts this recent: Telegram keeps unconfirmed updates for a day. */
    private static final Duration UNKNOWN_ATTEMPT_WINDOW = Duration.ofHours(24);

    private final UpdateFeed feed;
    private final DiscussionGroups groups;
    private final SeenDiscussions seen;
    private final Clock clock;

    LostPosts(UpdateFeed feed, DiscussionGroups groups, SeenDiscussions seen, Clock clock) {
        this.feed = feed;
        this.groups = groups;
        this.seen = seen;
        this.clock = clock;
    }

    /** @param attemptedAt when this bundle sent the publication, if it did */
    Optional<PublishedPost> find(Channel channel, BotToken token, Publication publication,
            Optional<Instant> attemptedAt) throws ConnectorException {
        String content = (publication.poll() != null ? publication.poll().question() : publication.text()).strip();
        if (content.isEmpty()) {
            return Optional.empty();
        }
        long group = groups.of(channel, token);
        Instant since = attemptedAt.map(at -> at.minus(CLOCK_SLACK))
                .orElse(clock.instant().minus(UNKNOWN_ATTEMPT_WINDOW));
        Optional<SeenDiscussions.ForwardedPost> found = seen.newestPostShowing(group, content, since);
        if (found.isEmpty()) {
            for (JsonNode update : feed.peek(token)) {
                JsonNode message = update.path("message");
                if (message.path("chat").path("id").asLong() == group
                        && message.path("is_automatic_forward").asBoolean(false)) {
                    seen.forwardSeen(group, message);
                }
            }
            found = seen.newestPostShowing(group, content, since);
        }
        return found.map(post -> new PublishedPost(post.postId(), channel.postUrl(post.postId()), post.postedAt()));
    }
}
