package org.socialdesk.connector.vk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.RateLimited;

/** Against a fake that refuses what VK refuses (3 a second per user token, 20 per community token). */
class RateLimitTest {

    @Test
    void keepsToThreeRequestsASecondPerUserToken() throws Exception {
        try (VkFixture fixture = new VkFixture(3)) {
            fixture.vk.enforceRateLimits();
            long start = System.nanoTime();

            for (int i = 0; i < 7; i++) {
                fixture.connector().readAccountCard(fixture.account(), fixture.credentials());
            }

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(Duration.ofMillis(1_950)) >= 0, "7 requests need 2 s at 3 a second: " + took);
            assertEquals(7, fixture.vk.calls("groups.getById").size());
        }
    }

    @Test
    void keepsToTwentyRequestsASecondPerCommunityToken() throws Exception {
        try (VkFixture fixture = new VkFixture(20)) {
            fixture.vk.enforceRateLimits();
            long post = fixture.vk.community().addPost("Пост");
            CommentRef question = new CommentRef(String.valueOf(post),
                    String.valueOf(fixture.vk.community().addComment(post, "Вопрос")));
            long start = System.nanoTime();

            for (int i = 0; i < 25; i++) {
                fixture.connector().reply(fixture.account(), fixture.credentials(), question, "Ответ " + i);
            }

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(Duration.ofMillis(1_150)) >= 0, "25 requests need 1.2 s at 20 a second: "
                    + took);
            assertEquals(25, fixture.vk.community().repliesFromCommunity(Long.parseLong(question.commentId()))
                    .size());
        }
    }

    @Test
    void theFakeWouldHaveRefusedAFasterConnector() throws Exception {
        try (VkFixture fixture = new VkFixture(50)) {
            fixture.vk.enforceRateLimits();

            assertThrows(RateLimited.class, () -> {
                for (int i = 0; i < 10; i++) {
                    fixture.connector().readAccountCard(fixture.account(), fixture.credentials());
                }
            });
        }
    }

    @Test
    void eachTokenHasItsOwnBudget() throws ConnectorException {
        TokenRateLimits limits = new TokenRateLimits(3, 20);
        VkToken first = new VkToken("first", VkToken.Kind.USER);
        VkToken second = new VkToken("second", VkToken.Kind.USER);
        long start = System.nanoTime();

        limits.awaitTurn(first);
        limits.awaitTurn(second);
        long bothAtOnce = System.nanoTime() - start;
        limits.awaitTurn(first);
        long firstAgain = System.nanoTime() - start;

        assertTrue(Duration.ofNanos(bothAtOnce).toMillis() < 100, "the second token waited for the first");
        assertTrue(Duration.ofNanos(firstAgain).toMillis() >= 330, "the first token's second request waited");
    }
}
