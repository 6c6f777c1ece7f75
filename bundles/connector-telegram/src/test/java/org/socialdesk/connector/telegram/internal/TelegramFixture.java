package org.socialdesk.connector.telegram.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.testkit.ConnectorFixture;
import org.socialdesk.connector.testkit.FakeNetwork;
import org.socialdesk.connector.testkit.NetworkFault;
import org.socialdesk.connector.testkit.PostOnNetwork;
import org.socialdesk.connector.telegram.fake.FakeTelegram;

/**
 * The Telegram connector on a fresh {@link FakeTelegram}, paced fast so that the suite runs in seconds (pacing has its
 * own tests) and without long polling. Closing fails the test if a request or an answer broke the Bot API spec.
 */
final class TelegramFixture implements ConnectorFixture {

    static final int UPDATES_PER_READ = 4;

    final FakeTelegram telegram;
    private final TelegramConnector connector;

    final Path webhookDirectory;

    TelegramFixture() throws IOException {
        this(Clock.systemUTC(), null);
    }

    /** @param webhookBaseUrl where the connector tells Telegram to deliver, or {@code null} for long polling */
    TelegramFixture(Clock clock, String webhookBaseUrl) throws IOException {
        telegram = FakeTelegram.start();
        webhookDirectory = Files.createTempDirectory("telegram-webhook");
        connector = new TelegramConnector(new TelegramSettings(telegram.baseUrl(), 1_000, 1_000,
                Duration.ofSeconds(5), 0, UPDATES_PER_READ, webhookBaseUrl), clock, webhookDirectory);
    }

    @Override
    public TelegramConnector connector() {
        return connector;
    }

    @Override
    public NetworkAccount account() {
        return new NetworkAccount(FakeTelegram.CHANNEL_NAME, "https://t.me/" + FakeTelegram.CHANNEL_NAME.substring(1));
    }

    @Override
    public Credentials credentials() {
        return Credentials.of(BotToken.CREDENTIAL, telegram.token());
    }

    @Override
    public int commentsPerPage() {
        return UPDATES_PER_READ;
    }

    @Override
    public FakeNetwork network() {
        return new FakeNetwork() {
            @Override
            public String accountName() {
                return FakeTelegram.CHANNEL_TITLE;
            }

            @Override
            public String addPost(String text) {
                return String.valueOf(telegram.addPost(text));
            }

            @Override
            public CommentRef addComment(String postId, String text) {
                return new CommentRef(postId, String.valueOf(telegram.addComment(Long.parseLong(postId), text)));
            }

            @Override
            public CommentRef addReply(CommentRef comment, String text) {
                return new CommentRef(comment.postId(),
                        String.valueOf(telegram.addReply(Long.parseLong(comment.commentId()), text)));
            }

            @Override
            public boolean holdsComment(CommentRef comment) {
                return telegram.holdsComment(Long.parseLong(comment.commentId()));
            }

            @Override
            public List<String> repliesFromAccount(CommentRef comment) {
                return telegram.repliesFromBot(Long.parseLong(comment.commentId()));
            }

            @Override
            public boolean isRestricted(String userId) {
                return List.of("kicked", "restricted").contains(telegram.memberStatus(Long.parseLong(userId)));
            }

            @Override
            public Optional<PostOnNetwork> post(String postId) {
                return telegram.post(Long.parseLong(postId))
                        .map(post -> new PostOnNetwork(post.getKey(), post.getValue(), null));
            }

            @Override
            public int postsWithText(String text) {
                return telegram.postsWithText(text);
            }

            @Override
            public void failNextRequest(NetworkFault fault) {
                switch (fault) {
                    case AUTH_FAILED -> telegram.failNext(401, "Unauthorized", null);
                    case RATE_LIMITED -> telegram.failNext(429, "Too Many Requests: retry after 7", 7);
                    case CAPTCHA -> Assumptions.abort("the Bot API never asks a bot for a captcha");
                    case REJECTED -> telegram.failNext(400, "Bad Request: chat not found", null);
                    case SERVER_ERROR -> telegram.failNextWithHttpStatus(502);
                }
            }

            @Override
            public void loseNextPostAnswer() {
                telegram.loseNextAnswerTo("sendMessage");
            }

            @Override
            public int requestsServed() {
                return telegram.requestsServed();
            }
        };
    }

    @Override
    public void close() {
        telegram.close();
        try (Stream<Path> files = Files.walk(webhookDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException leftBehind) {
            throw new UncheckedIOException(leftBehind);
        }
        if (!telegram.violations().isEmpty()) {
            throw new AssertionError("the Bot API spec was broken:\n" + String.join("\n", telegram.violations()));
        }
    }
}
