package org.socialdesk.connector.vk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.NetworkComment;

/**
 * VK's Callback API for one community, the push alternative to polling: VK POSTs each event as JSON and takes the
 * answer {@code ok} as received; any other answer makes VK send the event again. Plain code that {@link Callbacks}
 * calls with each event for the community.
 *
 * <p>Events from another community or without the community's secret key are refused; an event id already received
 * is acknowledged and not passed on again, since VK repeats events it believes lost.
 */
final class CallbackReceiver {

    /** The HTTP answer to give VK. */
    record Answer(int status, String body) {

        static final Answer RECEIVED = new Answer(200, "ok");
        static final Answer MALFORMED = new Answer(400, "malformed event");
        static final Answer REFUSED = new Answer(403, "not for this receiver");
        static final Answer NOT_HANDLED = new Answer(500, "not handled, send again");
    }

    /** Enough to recognise VK's repeats, which come within minutes. */
    private static final int EVENTS_REMEMBERED = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Community community;
    private final String confirmationCode;
    private final byte[] secretKey;
    private final Consumer<CallbackEvent> listener;
    private final Set<String> received = Collections.newSetFromMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > EVENTS_REMEMBERED;
        }
    });

    /**
     * @param confirmationCode what VK's callback settings page says to answer to the {@code confirmation} event
     * @param secretKey        the secret key set on that page
     * @param listener         gets each event once; if it throws, VK is asked to send the event again
     */
    CallbackReceiver(Community community, String confirmationCode, String secretKey,
            Consumer<CallbackEvent> listener) {
        this.community = community;
        this.confirmationCode = confirmationCode;
        this.secretKey = secretKey.getBytes(StandardCharsets.UTF_8);
        this.listener = listener;
    }

    Answer receive(String body) {
        JsonNode event;
        try {
            event = JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return Answer.MALFORMED;
        }
        return receive(event);
    }

    /** An event already read as JSON, e.g. by {@link Callbacks} to find the community it is for. */
    Answer receive(JsonNode event) {
        if (event == null || !event.path("type").isTextual()) {
            return Answer.MALFORMED;
        }
        if (event.path("group_id").asLong() != community.groupId() || !secretMatches(event)) {
            return Answer.REFUSED;
        }
        if (event.path("type").asText().equals("confirmation")) {
            return new Answer(200, confirmationCode);
        }
        String eventId = event.path("event_id").asText("");
        if (eventId.isEmpty()) {
            return Answer.MALFORMED;
        }
        synchronized (received) {
            if (!received.add(eventId)) {
                return Answer.RECEIVED;
            }
        }
        try {
            translate(event.path("type").asText(), event.path("object")).ifPresent(listener);
        } catch (RuntimeException notHandled) {
            synchronized (received) {
                received.remove(eventId);
            }
            return Answer.NOT_HANDLED;
        }
        return Answer.RECEIVED;
    }

    /** Compared in constant time, so that the answer's timing tells nothing about the key. */
    private boolean secretMatches(JsonNode event) {
        return MessageDigest.isEqual(secretKey, event.path("secret").asText("").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The events SocialDesk acts on; VK sends many more, which are acknowledged and dropped, as are the community's
     * own comments.
     */
    private Optional<CallbackEvent> translate(String type, JsonNode object) {
        return switch (type) {
            case "wall_reply_new" -> object.path("from_id").asLong() == community.ownerId() ? Optional.empty()
                    : Optional.of(new CallbackEvent.CommentArrived(comment(object)));
            case "wall_reply_delete" -> Optional.of(new CallbackEvent.CommentDeleted(
                    new CommentRef(object.path("post_id").asText(), object.path("id").asText()),
                    object.path("user_id").asText()));
            case "user_block" -> Optional.of(new CallbackEvent.UserRestricted(object.path("user_id").asText(),
                    object.path("admin_id").asText(), object.path("unblock_date").asLong() == 0 ? null
                            : Instant.ofEpochSecond(object.path("unblock_date").asLong()),
                    object.path("reason").asInt(), object.path("comment").asText(null)));
            case "group_officers_edit" -> Optional.of(new CallbackEvent.AdministratorsChanged(
                    object.path("user_id").asText(), object.path("admin_id").asText(),
                    object.path("level_old").asInt(), object.path("level_new").asInt()));
            default -> Optional.empty();
        };
    }

    private NetworkComment comment(JsonNode object) {
        long postId = object.path("post_id").asLong();
        long id = object.path("id").asLong();
        long answers = object.path("reply_to_comment").asLong(0);
        JsonNode parents = object.path("parents_stack");
        String replyTo = answers > 0 ? String.valueOf(answers)
                : parents.isEmpty() ? null : parents.get(parents.size() - 1).asText();
        return new NetworkComment(new CommentRef(String.valueOf(postId), String.valueOf(id)),
                object.path("from_id").asText(), null, object.path("text").asText(""),
                Instant.ofEpochSecond(object.path("date").asLong()), replyTo, community.commentUrl(postId, id));
    }
}
