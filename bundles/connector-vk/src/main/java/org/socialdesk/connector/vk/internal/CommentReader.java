package org.socialdesk.connector.vk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * <p>Comments VK's Callback API pushed ({@link CommentInbox}) join the polled ones under the same rule, one comment
 * once whichever way it came. One case needs the pushed comment's arrival number: a push that arrives after the
 * cursor passed the comment's id (VK repeats an event SocialDesk did not acknowledge, e.g. while it was down). Under
 * a post still watched, polling delivered that comment already; under an older post, which polling does not read,
 * the push is the only way it comes, so it is delivered then, out of id order. Comments under posts older than the
 * newest {@code watchedPosts} therefore arrive only through the Callback API.
 */
final class CommentReader {

    /** A comment younger than this, by VK's clock when a read begins, waits for the next read. */
    static final Duration SETTLING = Duration.ofSeconds(3);
    /** VK's most comments per {@code wall.getComments} and replies per thread preview. */
    private static final int VK_PAGE = 100;
    private static final int THREAD_PREVIEW = 10;
    private static final int WALK_ATTEMPTS = 3;

    private final VkApi api;
    private final Callbacks callbacks;
    private final int watchedPosts;
    private final int commentsPerPage;

    CommentReader(VkApi api, Callbacks callbacks, int watchedPosts, int commentsPerPage) {
        this.api = api;
        this.callbacks = callbacks;
        this.watchedPosts = watchedPosts;
        this.commentsPerPage = commentsPerPage;
    }

    CommentPage read(Community community, VkTokens tokens, String cursorText) throws ConnectorException {
        CommentCursor cursor = CommentCursor.parse(cursorText);
        Optional<CommentInbox> inbox = callbacks.existingInbox(community);
        if (inbox.isPresent()) {
            confirm(inbox.get(), cursor);
        }
        long settledBefore = api.call("utils.getServerTime", new VkParams(), tokens.community()).asLong()
                - SETTLING.toSeconds();
        JsonNode wall = api.call("wall.get", new VkParams().with("domain", community.domain())
                .with("count", watchedPosts), tokens.user());

        Set<Long> watched = new HashSet<>();
        NavigableMap<Long, NetworkComment> fresh = new TreeMap<>();
        for (JsonNode post : wall.path("items")) {
            watched.add(post.path("id").asLong());
            if (post.path("comments").path("count").asInt() > 0) {
                for (Comment comment : commentsUnder(community, tokens, post.path("id").asLong())) {
                    if (comment.id() > cursor.lastDelivered() && comment.fromPeople(community)) {
                        fresh.put(comment.id(), comment.toNetworkComment(community));
                    }
                }
            }
        }
        // taken after the walk: what arrives later is looked at by the next read
        List<CommentInbox.Held> pushed = inbox.map(CommentInbox::held).orElse(List.of());
        long lastPushed = pushed.stream().mapToLong(CommentInbox.Held::seq)
                .reduce(cursor.lastPushedSeen(), Math::max);

        // pushes that came after the cursor passed their ids; a full page keeps the rest for the next read
        List<NetworkComment> page = new ArrayList<>();
        long latePushedSeen = cursor.lastPushedSeen();
        for (CommentInbox.Held late : pushed) {
            if (late.seq() <= cursor.lastPushedSeen() || late.id() > cursor.lastDelivered()) {
                continue;
            }
            if (!watched.contains(late.postId())) {
                if (page.size() == commentsPerPage) {
                    return new CommentPage(page, new CommentCursor(cursor.lastDelivered(), latePushedSeen)
                            .toString());
                }
                page.add(late.comment());
            }
            latePushedSeen = late.seq();
        }

        // the others join the polled comments in id order; polling's copy wins, since it carries the author's name
        for (CommentInbox.Held early : pushed) {
            if (early.id() > cursor.lastDelivered()) {
                fresh.putIfAbsent(early.id(), early.comment());
            }
        }
        long last = cursor.lastDelivered();
        for (NetworkComment comment : fresh.values()) {
            if (comment.createdAt().getEpochSecond() >= settledBefore || page.size() == commentsPerPage) {
                break;
            }
            page.add(comment);
            last = Long.parseLong(comment.ref().commentId());
        }
        return new CommentPage(page, new CommentCursor(last, lastPushed).toString());
    }

    private static void confirm(CommentInbox inbox, CommentCursor cursor) throws TransientFailure {
        try {
            inbox.confirm(cursor);
        } catch (IOException unwritable) {
            throw new TransientFailure("cannot update the VK callback inbox: " + unwritable.getMessage(), unwritable);
        }
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
