package org.socialdesk.connector.vk.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.testkit.ConnectorFixture;
import org.socialdesk.connector.testkit.FakeNetwork;
import org.socialdesk.connector.testkit.NetworkFault;
import org.socialdesk.connector.testkit.PostOnNetwork;
import org.socialdesk.connector.vk.fake.FakeCallbackApi;
import org.socialdesk.connector.vk.fake.FakeCommunity;
import org.socialdesk.connector.vk.fake.FakeVk;

/**
 * The VK connector on a fresh {@link FakeVk}. Rate limits are lifted so that the suite runs in seconds (the limiter
 * has its own tests); the fake answers three comments per page so that a few comments already page. Closing fails
 * the test if the connector sent a request VK's schema refuses or the fake answered outside it.
 *
 * <p>A {@link #pushing} fixture also has VK's Callback API push every comment people make to the connector over HTTP,
 * so that each comes both ways.
 */
final class VkFixture implements ConnectorFixture {

    static final int COMMENTS_PER_PAGE = 4;
    static final int FAKE_COMMENTS_PER_REQUEST = 3;

    private static final String CALLBACK_SECRET = "fixture-callback-secret";

    final FakeVk vk;
    private final VkConnector connector;
    private CallbackEndpoint endpoint;

    VkFixture() throws IOException {
        this(1_000);
    }

    VkFixture(double requestsPerSecond) throws IOException {
        this(requestsPerSecond, null);
    }

    private VkFixture(double requestsPerSecond, Path callbackDirectory) throws IOException {
        vk = FakeVk.start();
        vk.community().limitCommentPages(FAKE_COMMENTS_PER_REQUEST);
        connector = new VkConnector(settings(vk, requestsPerSecond, 20), callbackDirectory);
    }

    /** A fixture whose comments VK also pushes, its callback server confirmed after a first read. */
    static VkFixture pushing(Path callbackDirectory) throws Exception {
        VkFixture fixture = new VkFixture(1_000, callbackDirectory);
        fixture.endpoint = new CallbackEndpoint();
        fixture.endpoint.serve(fixture.connector);
        fixture.connector.readComments(fixture.account(), fixture.credentials(), null);
        FakeCallbackApi.Answer confirmed = fixture.vk.callbackApi().addServer(fixture.endpoint.url(),
                CALLBACK_SECRET);
        if (confirmed.status() != 200) {
            throw new IllegalStateException("the callback server was not confirmed: " + confirmed);
        }
        return fixture;
    }

    /** The fixture's settings, reading comments under the newest {@code watchedPosts} posts. */
    static VkSettings settings(FakeVk vk, double requestsPerSecond, int watchedPosts) {
        return new VkSettings(vk.baseUrl(), requestsPerSecond, requestsPerSecond, Duration.ofSeconds(5),
                watchedPosts, COMMENTS_PER_PAGE);
    }

    @Override
    public VkConnector connector() {
        return connector;
    }

    @Override
    public NetworkAccount account() {
        return new NetworkAccount(String.valueOf(vk.community().groupId()),
                "https://vk.com/club" + vk.community().groupId());
    }

    @Override
    public Credentials credentials() {
        return new Credentials(endpoint == null ? Map.of(VkTokens.ACCESS_TOKEN, vk.userToken(),
                VkTokens.COMMUNITY_TOKEN, vk.communityToken()) : Map.of(VkTokens.ACCESS_TOKEN, vk.userToken(),
                VkTokens.COMMUNITY_TOKEN, vk.communityToken(), CallbackKeys.SECRET, CALLBACK_SECRET,
                CallbackKeys.CONFIRMATION_CODE, vk.callbackApi().confirmationCode()));
    }

    @Override
    public int commentsPerPage() {
        return COMMENTS_PER_PAGE;
    }

    @Override
    public FakeNetwork network() {
        FakeCommunity community = vk.community();
        return new FakeNetwork() {
            @Override
            public String accountName() {
                return community.name();
            }

            @Override
            public String addPost(String text) {
                return String.valueOf(community.addPost(text));
            }

            @Override
            public CommentRef addComment(String postId, String text) {
                return pushed(new CommentRef(postId, String.valueOf(community.addComment(Long.parseLong(postId),
                        text))));
            }

            @Override
            public CommentRef addReply(CommentRef comment, String text) {
                return pushed(new CommentRef(comment.postId(),
                        String.valueOf(community.addReply(Long.parseLong(comment.commentId()), text))));
            }

            @Override
            public boolean holdsComment(CommentRef comment) {
                return community.holdsComment(Long.parseLong(comment.commentId()));
            }

            @Override
            public List<String> repliesFromAccount(CommentRef comment) {
                return community.repliesFromCommunity(Long.parseLong(comment.commentId()));
            }

            @Override
            public boolean isRestricted(String userId) {
                return community.ban(Long.parseLong(userId)).isPresent();
            }

            @Override
            public Optional<PostOnNetwork> post(String postId) {
                return community.post(Long.parseLong(postId)).map(post -> new PostOnNetwork(post.text(),
                        post.attachments().size(), post.delayed() ? post.date() : null));
            }

            @Override
            public int postsWithText(String text) {
                return (int) community.posts().stream().filter(post -> post.text().equals(text)).count();
            }

            @Override
            public void failNextRequest(NetworkFault fault) {
                switch (fault) {
                    case AUTH_FAILED -> vk.failNext(5);
                    case RATE_LIMITED -> vk.failNext(6);
                    case CAPTCHA -> vk.failNext(14);
                    case REJECTED -> vk.failNext(100);
                    case SERVER_ERROR -> vk.failNextWithHttpStatus(502);
                }
            }

            @Override
            public void loseNextPostAnswer() {
                vk.loseNextAnswerTo("wall.post");
            }

            @Override
            public int requestsServed() {
                return vk.requestsServed();
            }
        };
    }

    private CommentRef pushed(CommentRef comment) {
        if (endpoint != null) {
            try {
                List<Integer> statuses = vk.callbackApi().deliver();
                if (statuses.stream().anyMatch(status -> status != 200)) {
                    throw new IllegalStateException("the connector refused a pushed comment: " + statuses);
                }
            } catch (IOException unreachable) {
                throw new UncheckedIOException(unreachable);
            }
        }
        return comment;
    }

    @Override
    public void close() {
        if (endpoint != null) {
            endpoint.close();
        }
        vk.close();
        if (!vk.violations().isEmpty()) {
            throw new AssertionError("VK's schema was broken:\n" + String.join("\n", vk.violations()));
        }
    }
}
