package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Media;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.connector.support.MultipartForm;

/**
 * Posts to a channel: text through sendMessage, one photo or video through sendPhoto or sendVideo, several through
 * sendMediaGroup, a poll through sendPoll. The Message Telegram answers with is the confirmation that the post
 * exists: a bot cannot read a channel's history to look again.
 *
 * <p>Idempotency, as far as Telegram lets a bot tell: a publish repeated while the bundle runs returns the first
 * post ({@link PostsByKey}); concurrent publishes of one key wait for each other. A post whose answer was lost is
 * looked for by its content in the discussion group's forwards ({@link LostPosts}); once found, a repeated publish
 * returns it.
 */
final class ChannelPublisher {

    /** Parallel publishes of different keys rarely share a lock; one key always maps to the same. */
    private static final int LOCK_STRIPES = 64;

    private final BotApi api;
    private final ChatPacing pacing;
    private final ChannelPostRules rules;
    private final LostPosts lost;
    private final Clock clock;
    private final PostsByKey posts = new PostsByKey();
    private final Object[] locks = new Object[LOCK_STRIPES];

    ChannelPublisher(BotApi api, ChatPacing pacing, ChannelPostRules rules, LostPosts lost, Clock clock) {
        this.api = api;
        this.pacing = pacing;
        this.rules = rules;
        this.lost = lost;
        this.clock = clock;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    PublishedPost publish(Channel channel, BotToken token, Publication publication) throws ConnectorException {
        rules.check(publication);
        String key = key(channel, publication);
        synchronized (locks[Math.floorMod(key.hashCode(), LOCK_STRIPES)]) {
            PublishedPost earlier = posts.find(key).orElse(null);
            if (earlier != null) {
                return earlier;
            }
            pacing.awaitTurn(channel.chatId(), false);
            posts.attempting(key, clock.instant());
            JsonNode message = send(channel, token, publication);
            if (!message.path("message_id").canConvertToLong() || !message.path("date").canConvertToLong()) {
                throw new TransientFailure("Telegram confirmed the post without its message id or date");
            }
            String postId = message.get("message_id").asText();
            PublishedPost post = new PublishedPost(postId, channel.postUrl(postId),
                    Instant.ofEpochSecond(message.get("date").asLong()));
            posts.remember(key, post);
            return post;
        }
    }

    /** The post an earlier publish of this publication made, as far as the bot can tell ({@link LostPosts}). */
    Optional<PublishedPost> find(Channel channel, BotToken token, Publication publication)
            throws ConnectorException {
        String key = key(channel, publication);
        synchronized (locks[Math.floorMod(key.hashCode(), LOCK_STRIPES)]) {
            Optional<PublishedPost> known = posts.find(key);
            if (known.isPresent()) {
                return known;
            }
            Optional<PublishedPost> found = lost.find(channel, token, publication, posts.attemptedAt(key));
            found.ifPresent(post -> posts.remember(key, post));
            return found;
        }
    }

    private static String key(Channel channel, Publication publication) {
        return channel.chatId() + "\n" + publication.idempotencyKey();
    }

    /** The first (for an album, the album's first) message of the post. */
    private JsonNode send(Channel channel, BotToken token, Publication publication) throws ConnectorException {
        List<Media> media = publication.media();
        return switch (publication.format()) {
            case TEXT -> api.call(token, "sendMessage", chat(channel).put("text", publication.text()));
            case POLL -> api.call(token, "sendPoll", poll(channel, publication));
            default -> media.size() == 1 ? sendOne(channel, token, media.get(0), publication.text())
                    : sendAlbum(channel, token, media, publication.text());
        };
    }

    private JsonNode sendOne(Channel channel, BotToken token, Media media, String caption)
            throws ConnectorException {
        String field = media.isVideo() ? "video" : "photo";
        MultipartForm form = new MultipartForm().field("chat_id", channel.chatId()).file(field, media);
        if (!caption.isEmpty()) {
            form.field("caption", caption);
        }
        return api.upload(token, media.isVideo() ? "sendVideo" : "sendPhoto", form);
    }

    private JsonNode sendAlbum(Channel channel, BotToken token, List<Media> media, String caption)
            throws ConnectorException {
        MultipartForm form = new MultipartForm().field("chat_id", channel.chatId());
        ArrayNode items = BotApi.JSON.createArrayNode();
        for (int i = 0; i < media.size(); i++) {
            ObjectNode item = items.addObject().put("type", media.get(i).isVideo() ? "video" : "photo")
                    .put("media", "attach://file" + i);
            // Telegram shows the first item's caption as the album's
            if (i == 0 && !caption.isEmpty()) {
                item.put("caption", caption);
            }
            form.file("file" + i, media.get(i));
        }
        JsonNode messages = api.upload(token, "sendMediaGroup", form.field("media", items.toString()));
        if (!messages.isArray() || messages.isEmpty()) {
            throw new TransientFailure("Telegram confirmed the album without its messages");
        }
        return messages.get(0);
    }

    private static ObjectNode poll(Channel channel, Publication publication) {
        ObjectNode params = chat(channel).put("question", publication.poll().question())
                // a channel's subscribers are anonymous to it; Telegram refuses non-anonymous polls in channels
                .put("is_anonymous", true)
                .put("allows_multiple_answers", publication.poll().multipleAnswers());
        ArrayNode options = params.putArray("options");
        publication.poll().options().forEach(option -> options.addObject().put("text", option));
        if (!publication.text().isEmpty()) {
            params.put("description", publication.text());
        }
        return params;
    }

    private static ObjectNode chat(Channel channel) {
        return BotApi.chatParams(channel.chatId());
    }
}
