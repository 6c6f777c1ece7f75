package org.socialdesk.connector.vk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.NetworkComment;
import org.socialdesk.connector.TransientFailure;

/**
 * Reads people's comments under the community's newest posts, threads included, oldest first, by polling
 * {@code wall.get} and {@code wall.getComments}. The community's own comments (its replies) are left out.
 *
 * <p>Why the cursor never skips: comment ids on one wall rise with time, and a page delivers comments in id order
 * only up to the first one that is not yet <em>settled</em>. A comment is settled once it is older than VK's clock
 * ({@code utils.getServerTime}) when the read began, less a margin for VK's own replication: every comment that
 * old existed before this read walked any post, so the walk saw it. Younger ones, which may have arrived behind the
 * walk's back on a post already read, wait for the next read. Within a post, pages overlap by one comment so that a
 * deletion shifting the offsets is noticed and the post is walked again.
 *
 * <p>Comments under posts older than the newest {@code watchedPosts} are not read; VK's Callback API covers them.
 */
final class CommentReader {

    /** A comment younger than this, by VK's clock when a read begins, waits for the next read. */
    static final Duration SETTLING = Duration.ofSeconds(3);
    /** VK's most comments per {@code wall.getComments} and replies per thread preview. */
    private static final int VK_PAGE = 100;
    private static final int THREAD_PREVIEW = 10;
    private static final int WALK_ATTEMPTS = 3;

    private final VkApi api;
    private final int watchedPosts;
    private final int commentsPerPage;

    CommentReader(VkApi api, int watchedPosts, int commentsPerPage) {
        this.api = api;
        this.watchedPosts = watchedPosts;
        this.commentsPerPage = commentsPerPage;
    }

    CommentPage read(Community community, VkTokens tokens, String cursorText) throws ConnectorException {
        CommentCursor cursor = CommentCursor.parse(cursorText);
        long settledBefore = api.call("utils.getServerTime", new VkParams(), tokens.community()).asLong()
                - SETTLING.toSeconds();
        JsonNode wall = api.call("wall.get", new VkParams().with("domain", community.domain())
                .with("count", watchedPosts), tokens.user());

        List<Comment> fresh = new ArrayList<>();
        for (JsonNode post : wall.path("items")) {
            if (post.path("comments").path("count").asInt() > 0) {
                for (Comment comment : commentsUnder(community, tokens, post.path("id").asLong())) {
                    if (comment.id() > cursor.lastDelivered() && comment.fromPeople(community)) {
                        fresh.add(comment);
                    }
                }
            }
        }
        fresh.sort(Comparator.comparingLong(Comment::id));

        List<NetworkComment> page = new ArrayList<>();
        long last = cursor.lastDelivered();
        for (Comment comment : fresh) {
            if (comment.date() >= settledBefore || page.size() == commentsPerPage) {
                break;
            }
            page.add(comment.toNetworkComment(community));
            last = comment.id();
        }
        return new CommentPage(page, new CommentCursor(last).toString());
    }

    /** Top-level comments and their threads, each reply knowing the comment it answers. */
    private List<Comment> commentsUnder(Community community, VkTokens tokens, long postId)
            throws ConnectorException {
        List<Comment> comments = new ArrayList<>();
        for (Comment top : level(community, tokens, postId, Optional.empty())) {
            comments.add(top);
            comments.addAll(top.threadComplete() ? top.shownReplies()
                    : level(community, tokens, postId, Optional.of(top.id())));
        }
        return comments;
    }

    private List<Comment> level(Community community, VkTokens tokens, long postId, Optional<Long> thread)
            throws ConnectorException {
        for (int attempt = 0; attempt < WALK_ATTEMPTS; attempt++) {
            Optional<List<Comment>> walked = walk(community, tokens, postId, thread);
            if (walked.isPresent()) {
                return walked.get();
            }
        }
        throw new TransientFailure("the comments under " + community.postUrl(postId) + " kept shifting while "
                + "being read");
    }

    /** One pass over a post's top level or one thread; empty when a deletion shifted the pages under it. */
    private Optional<List<Comment>> walk(Community community, VkTokens tokens, long postId, Optional<Long> thread)
            throws ConnectorException {
        List<Comment> level = new ArrayList<>();
        while (true) {
            int overlap = level.isEmpty() ? 0 : 1;
            VkParams params = new VkParams().with("owner_id", community.ownerId()).with("post_id", postId)
                    .with("offset", level.size() - overlap).with("count", VK_PAGE).with("sort", "asc")
                    .flag("extended", true).list("fields", List.of("first_name", "last_name", "name"));
            if (thread.isPresent()) {
                params.with("comment_id", thread.get());
            } else {
                params.with("thread_items_count", THREAD_PREVIEW);
            }
            JsonNode response = api.call("wall.getComments", params, tokens.user());
            List<Comment> page = Comment.all(response.path("items"), postId, authorNames(response),
                    thread.orElse(null));
            if (overlap == 1 && (page.isEmpty() || page.get(0).id() != level.get(level.size() - 1).id())) {
                return Optional.empty();
            }
            List<Comment> fresh = page.subList(overlap, page.size());
            level.addAll(fresh);
            int levelCount = response.path("current_level_count").asInt(response.path("count").asInt());
            if (fresh.isEmpty() || level.size() >= levelCount) {
                return Optional.of(level);
            }
        }
    }

    private static Map<Long, String> authorNames(JsonNode response) {
        Map<Long, String> names = new HashMap<>();
        for (JsonNode profile : response.path("profiles")) {
            names.put(profile.path("id").asLong(),
                    (profile.path("first_name").asText() + " " + profile.path("last_name").asText()).trim());
        }
        for (JsonNode group : response.path("groups")) {
            names.put(-group.path("id").asLong(), group.path("name").asText());
        }
        return names;
    }

    /**
     * A comment as VK answered it, with what the walk learnt around it.
     *
     * @param threadOf     the top-level comment whose thread holds this reply, {@code null} for a top-level one
     * @param shownReplies the replies VK showed under a top-level comment, perhaps not all of them
     */
    private record Comment(JsonNode json, long postId, String authorName, Long threadOf, List<Comment> shownReplies) {

        static List<Comment> all(JsonNode items, long postId, Map<Long, String> names, Long threadOf) {
            List<Comment> comments = new ArrayList<>();
            for (JsonNode item : items) {
                long id = item.path("id").asLong();
                List<Comment> replies = threadOf == null ? all(item.path("thread").path("items"), postId, names, id)
                        : List.of();
                comments.add(new Comment(item, postId, names.get(item.path("from_id").asLong()), threadOf,
                        replies));
            }
            return comments;
        }

        long id() {
            return json.path("id").asLong();
        }

        long date() {
            return json.path("date").asLong();
        }

        boolean threadComplete() {
            return json.path("thread").path("count").asInt() <= shownReplies.size();
        }

        boolean fromPeople(Community community) {
            return !json.path("deleted").asBoolean(false) && json.path("from_id").asLong() != community.ownerId();
        }

        NetworkComment toNetworkComment(Community community) {
            long answers = json.path("reply_to_comment").asLong(0);
            String replyTo = answers > 0 ? String.valueOf(answers) : threadOf == null ? null : threadOf.toString();
            return new NetworkComment(new CommentRef(String.valueOf(postId), String.valueOf(id())),
                    String.valueOf(json.path("from_id").asLong()), authorName, json.path("text").asText(""),
                    Instant.ofEpochSecond(date()), replyTo, community.commentUrl(postId, id()));
        }
    }
}
