package org.socialdesk.connector.ok.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.NetworkComment;
import org.socialdesk.connector.TransientFailure;

/**
 * Reads people's comments under the group's newest topics, oldest first: {@code mediatopic.getTopics} names the
 * topics, {@code discussions.getComments} (discussionType GROUP_TOPIC) pages through each topic's comments with
 * OK's {@code anchor}. OK keeps a topic's comments as one chronological list; a reply names the comment it answers.
 *
 * <p>Why nothing is skipped or repeated: the cursor marks the last comment delivered under each topic, and a page
 * takes, across topics, the oldest comments after those marks; what it takes from one topic is always a prefix of
 * that topic's new comments, so the topic's mark moves past exactly what was delivered. A comment arriving behind
 * the read's back lands after its topic's mark and is read next time. Each read walks the watched topics' comments
 * from their start, because OK's anchors are opaque and cannot be made to point at an arbitrary comment.
 */
final class CommentReader {

    /** OK shows comment times in Moscow time when it gives no milliseconds. */
    private static final ZoneId OK_TIME = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter OK_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int OK_PAGE = 100;

    private final OkApi api;
    private final int watchedTopics;
    private final int commentsPerPage;

    CommentReader(OkApi api, int watchedTopics, int commentsPerPage) {
        this.api = api;
        this.watchedTopics = watchedTopics;
        this.commentsPerPage = commentsPerPage;
    }

    CommentPage read(OkGroup group, OkSession session, String cursorText) throws ConnectorException {
        CommentCursor cursor = CommentCursor.parse(cursorText);
        JsonNode topics = api.call("mediatopic.getTopics", new OkParams().with("gid", group.gid())
                .with("count", watchedTopics), session).path("media_topics");
        Set<String> watched = new LinkedHashSet<>();
        List<Comment> fresh = new ArrayList<>();
        for (JsonNode topic : topics) {
            String topicId = topic.path("id").asText();
            watched.add(topicId);
            fresh.addAll(after(cursor, commentsUnder(session, topicId)));
        }
        fresh.sort(Comparator.comparingLong(Comment::orderMillis).thenComparing(Comment::topicId)
                .thenComparingInt(Comment::position));

        List<NetworkComment> page = new ArrayList<>();
        Map<String, CommentCursor.Mark> delivered = new HashMap<>();
        for (Comment comment : fresh.subList(0, Math.min(commentsPerPage, fresh.size()))) {
            page.add(comment.toNetworkComment(group));
            delivered.put(comment.topicId(), new CommentCursor.Mark(comment.id(), comment.atMillis()));
        }
        return new CommentPage(page, cursor.moved(delivered, watched).toString());
    }

    /** The topic's comments after its mark; after a deleted mark, those younger than it. */
    private static List<Comment> after(CommentCursor cursor, List<Comment> comments) {
        if (comments.isEmpty()) {
            return comments;
        }
        return cursor.mark(comments.get(0).topicId()).map(mark -> {
            for (int i = 0; i < comments.size(); i++) {
                if (comments.get(i).id().equals(mark.commentId())) {
                    return comments.subList(i + 1, comments.size());
                }
            }
            return comments.stream().filter(comment -> comment.atMillis() > mark.atMillis()).toList();
        }).orElse(comments);
    }

    private List<Comment> commentsUnder(OkSession session, String topicId) throws ConnectorException {
        List<Comment> comments = new ArrayList<>();
        String anchor = null;
        long latest = Long.MIN_VALUE;
        while (true) {
            OkParams params = new OkParams().with("discussionId", topicId).with("discussionType", "GROUP_TOPIC")
                    .with("count", OK_PAGE).with("direction", "FORWARD");
            if (anchor != null) {
                params.with("anchor", anchor);
            }
            JsonNode answer = api.call("discussions.getComments", params, session);
            Map<String, String> names = authorNames(answer);
            for (JsonNode json : answer.path("comments")) {
                long at = millis(json);
                // A page takes a prefix of each topic, so order within a topic must follow the list even if two
                // times are out of step.
                latest = Math.max(latest, at);
                comments.add(new Comment(json, topicId, comments.size(), at, latest,
                        names.getOrDefault(json.path("author_id").asText(), json.path("author_name").asText(null))));
            }
            anchor = answer.path("anchor").asText(null);
            if (!answer.path("has_more").asBoolean(false) || anchor == null || answer.path("comments").isEmpty()) {
                return comments;
            }
        }
    }

    private static Map<String, String> authorNames(JsonNode answer) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode user : answer.path("entities").path("users")) {
            names.put(user.path("uid").asText(), user.path("name").asText());
        }
        return names;
    }

    private static long millis(JsonNode comment) throws ConnectorException {
        if (comment.has("date_ms")) {
            return comment.path("date_ms").asLong();
        }
        try {
            return LocalDateTime.parse(comment.path("date").asText(), OK_DATE).atZone(OK_TIME).toInstant()
                    .toEpochMilli();
        } catch (DateTimeParseException unreadable) {
            throw new TransientFailure("OK gave comment " + comment.path("id").asText()
                    + " an unreadable time '" + comment.path("date").asText() + "'", unreadable);
        }
    }

    /**
     * A comment as OK answered it.
     *
     * @param position    its place in the topic's list
     * @param orderMillis its time, never earlier than any before it in the topic
     */
    private record Comment(JsonNode json, String topicId, int position, long atMillis, long orderMillis,
            String authorName) {

        String id() {
            return json.path("id").asText();
        }

        NetworkComment toNetworkComment(OkGroup group) {
            String replyTo = json.path("reply_to_comment_id").asText(null);
            return new NetworkComment(new CommentRef(topicId, id()), json.path("author_id").asText(null), authorName,
                    json.path("text").asText(""), Instant.ofEpochMilli(atMillis),
                    replyTo == null || replyTo.isEmpty() ? null : replyTo, group.topicUrl(topicId));
        }
    }
}
