package org.socialdesk.connector.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialdesk.connector.CommentRef;

/**
 * The simplest network the contract can run against: it lives in memory and the reference connector calls it
 * directly. A fault the test asks for is thrown as a {@link Refusal} from the next request.
 */
final class InMemoryNetwork implements FakeNetwork {

    /** The network's own answer to a request it refuses, before any connector translates it. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient NetworkFault fault;

        Refusal(NetworkFault fault) {
            super(fault.name());
            this.fault = fault;
        }
    }

    /** The post was made but the answer was lost on the way. */
    static final class LostAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    record Post(String id, String key, String text, int attachments, Instant delayedUntil) {
    }

    record Comment(long sequence, CommentRef ref, String replyTo, String authorId, String text, Instant createdAt,
            boolean fromAccount) {
    }

    private final Map<String, Post> posts = new LinkedHashMap<>();
    private final Map<String, String> postIdsByKey = new HashMap<>();
    private final List<Comment> comments = new ArrayList<>();
    private final Set<String> restricted = new HashSet<>();
    private long lastId;
    private int requests;
    private NetworkFault nextFault;
    private boolean loseNextPostAnswer;

    // --- what the connector calls ---

    synchronized Post post(String key, String text, int attachments, Instant delayedUntil) {
        request();
        Post post = Optional.ofNullable(postIdsByKey.get(key)).map(posts::get).orElseGet(() -> {
            Post made = new Post(String.valueOf(++lastId), key, text, attachments, delayedUntil);
            posts.put(made.id(), made);
            postIdsByKey.put(key, made.id());
            return made;
        });
        if (loseNextPostAnswer) {
            loseNextPostAnswer = false;
            throw new LostAnswer();
        }
        return post;
    }

    synchronized Optional<Post> postWithKey(String key) {
        request();
        return Optional.ofNullable(postIdsByKey.get(key)).map(posts::get);
    }

    synchronized String name() {
        request();
        return accountName();
    }

    /** Comments after the given sequence number, oldest first. */
    synchronized List<Comment> commentsAfter(long sequence) {
        request();
        return comments.stream().filter(comment -> comment.sequence() > sequence && !comment.fromAccount())
                .toList();
    }

    synchronized void delete(CommentRef ref) {
        request();
        comments.removeIf(comment -> comment.ref().equals(ref));
    }

    synchronized String replyFromAccount(CommentRef ref, String text) {
        request();
        return add(ref.postId(), ref.commentId(), "account", text, true).commentId();
    }

    private void request() {
        requests++;
        if (nextFault != null) {
            NetworkFault fault = nextFault;
            nextFault = null;
            throw new Refusal(fault);
        }
    }

    // --- what the test does ---

    @Override
    public String accountName() {
        return "Министерство здравоохранения Алтайского края";
    }

    @Override
    public synchronized String addPost(String text) {
        String id = String.valueOf(++lastId);
        posts.put(id, new Post(id, "by hand " + id, text, 0, null));
        return id;
    }

    @Override
    public synchronized CommentRef addComment(String postId, String text) {
        return add(postId, null, "user" + (lastId + 1), text, false);
    }

    @Override
    public synchronized CommentRef addReply(CommentRef comment, String text) {
        return add(comment.postId(), comment.commentId(), "user" + (lastId + 1), text, false);
    }

    private CommentRef add(String postId, String replyTo, String authorId, String text, boolean fromAccount) {
        long id = ++lastId;
        CommentRef ref = new CommentRef(postId, String.valueOf(id));
        comments.add(new Comment(id, ref, replyTo, authorId, text, Instant.now(), fromAccount));
        return ref;
    }

    @Override
    public synchronized boolean holdsComment(CommentRef comment) {
        return comments.stream().anyMatch(held -> held.ref().equals(comment));
    }

    @Override
    public synchronized List<String> repliesFromAccount(CommentRef comment) {
        return comments.stream().filter(held -> held.fromAccount() && comment.commentId().equals(held.replyTo()))
                .map(Comment::text).toList();
    }

    @Override
    public synchronized boolean isRestricted(String userId) {
        return restricted.contains(userId);
    }

    @Override
    public synchronized Optional<PostOnNetwork> post(String postId) {
        return Optional.ofNullable(posts.get(postId))
                .map(post -> new PostOnNetwork(post.text(), post.attachments(), post.delayedUntil()));
    }

    @Override
    public synchronized int postsWithText(String text) {
        return (int) posts.values().stream().filter(post -> post.text().equals(text)).count();
    }

    @Override
    public synchronized void failNextRequest(NetworkFault fault) {
        nextFault = fault;
    }

    @Override
    public synchronized void loseNextPostAnswer() {
        loseNextPostAnswer = true;
    }

    @Override
    public synchronized int requestsServed() {
        return requests;
    }
}
