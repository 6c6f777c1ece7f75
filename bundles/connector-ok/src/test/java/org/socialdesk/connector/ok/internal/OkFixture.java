package org.socialdesk.connector.ok.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.ok.fake.FakeOk;
import org.socialdesk.connector.testkit.ConnectorFixture;
import org.socialdesk.connector.testkit.FakeNetwork;
import org.socialdesk.connector.testkit.NetworkFault;
import org.socialdesk.connector.testkit.PostOnNetwork;

/**
 * The OK connector on a fresh {@link FakeOk}. The rate limit is lifted so that the suite runs in seconds; the fake
 * answers three comments per request so that a few comments already page.
 */
final class OkFixture implements ConnectorFixture {

    static final int COMMENTS_PER_PAGE = 4;

    final FakeOk ok;
    private final OkConnector connector;

    OkFixture() throws IOException {
        ok = FakeOk.start();
        ok.limitCommentPages(3);
        connector = new OkConnector(new OkSettings(ok.baseUrl(), 1_000, Duration.ofSeconds(5), 20,
                COMMENTS_PER_PAGE));
    }

    @Override
    public OkConnector connector() {
        return connector;
    }

    @Override
    public NetworkAccount account() {
        return new NetworkAccount(FakeOk.GROUP_ID, "https://ok.ru/group/" + FakeOk.GROUP_ID);
    }

    @Override
    public Credentials credentials() {
        return new Credentials(Map.of(OkSession.APPLICATION_KEY, FakeOk.APPLICATION_KEY,
                OkSession.APPLICATION_SECRET_KEY, FakeOk.APPLICATION_SECRET_KEY,
                OkSession.ACCESS_TOKEN, ok.accessToken()));
    }

    @Override
    public int commentsPerPage() {
        return COMMENTS_PER_PAGE;
    }

    @Override
    public FakeNetwork network() {
        return new FakeNetwork() {
            @Override
            public String accountName() {
                return FakeOk.GROUP_NAME;
            }

            @Override
            public String addPost(String text) {
                return ok.addTopic(text);
            }

            @Override
            public CommentRef addComment(String postId, String text) {
                return new CommentRef(postId, ok.addComment(postId, text, null));
            }

            @Override
            public CommentRef addReply(CommentRef comment, String text) {
                return new CommentRef(comment.postId(), ok.addComment(comment.postId(), text, comment.commentId()));
            }

            @Override
            public boolean holdsComment(CommentRef comment) {
                return ok.topic(comment.postId()).map(topic -> topic.comments().stream()
                        .anyMatch(json -> json.path("id").asText().equals(comment.commentId()))).orElse(false);
            }

            @Override
            public List<String> repliesFromAccount(CommentRef comment) {
                return List.of();
            }

            @Override
            public boolean isRestricted(String userId) {
                return false;
            }

            @Override
            public Optional<PostOnNetwork> post(String postId) {
                return ok.topic(postId).map(topic -> new PostOnNetwork(topic.text(), topic.attachments(), null));
            }

            @Override
            public int postsWithText(String text) {
                return (int) ok.topics().stream().filter(topic -> topic.text().equals(text)).count();
            }

            @Override
            public void failNextRequest(NetworkFault fault) {
                ok.failNextRequest(fault);
            }

            @Override
            public void loseNextPostAnswer() {
                ok.loseNextPostAnswer();
            }

            @Override
            public int requestsServed() {
                return ok.requestsServed();
            }
        };
    }

    @Override
    public void close() {
        ok.close();
    }
}
