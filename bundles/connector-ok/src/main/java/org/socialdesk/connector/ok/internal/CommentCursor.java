package org.socialdesk.connector.ok.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.socialdesk.connector.Rejected;

/**
 * Where reading stopped under each watched topic: the last comment delivered there. OK's comment ids are opaque
 * and not ordered across topics, so one mark per topic is what lets a read neither skip nor repeat.
 *
 * <p>Written as URL-safe Base64 of a small JSON object, behind a prefix that names the connector.
 */
record CommentCursor(Map<String, Mark> marks) {

    /** @param atMillis the comment's time, used when the comment itself was deleted since */
    record Mark(String commentId, long atMillis) {
    }

    static final CommentCursor START = new CommentCursor(Map.of());

    private static final String PREFIX = "ok-comments:";
    private static final ObjectMapper JSON = new ObjectMapper();

    CommentCursor {
        marks = Map.copyOf(marks);
    }

    static CommentCursor parse(String cursor) throws Rejected {
        if (cursor == null) {
            return START;
        }
        if (cursor.startsWith(PREFIX)) {
            try {
                byte[] json = Base64.getUrlDecoder().decode(cursor.substring(PREFIX.length()));
                return new CommentCursor(JSON.readValue(json, new TypeReference<Map<String, Mark>>() {
                }));
            } catch (IllegalArgumentException | IOException broken) {
                // reported below
            }
        }
        throw new Rejected("'" + cursor + "' is not a cursor of the OK connector");
    }

    Optional<Mark> mark(String topicId) {
        return Optional.ofNullable(marks.get(topicId));
    }

    /** This cursor with the topic's mark moved, keeping only the topics still watched. */
    CommentCursor moved(Map<String, Mark> delivered, Set<String> watched) {
        Map<String, Mark> next = new TreeMap<>(marks);
        next.putAll(delivered);
        next.keySet().retainAll(watched);
        return new CommentCursor(next);
    }

    @Override
    public String toString() {
        try {
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsString(
                    new TreeMap<>(marks)).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a map of strings and numbers is always JSON", impossible);
        }
    }
}
