package org.socialdesk.connector.vk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.NetworkComment;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.Restriction;
import org.socialdesk.connector.RestrictionReason;
import org.socialdesk.connector.vk.fake.FakeCommunity;
import org.socialdesk.connector.vk.fake.FakeVk;

/** Banning, unbanning, deleting, restoring and replying as VK's methods take them. */
class ModerationTest {

    private VkFixture fixture;
    private FakeVk vk;
    private FakeCommunity community;

    @BeforeEach
    void start() throws Exception {
        fixture = new VkFixture();
        vk = fixture.vk;
        community = vk.community();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @ParameterizedTest(name = "{0} → reason {1}")
    @CsvSource({"OTHER, 0", "SPAM, 1", "INSULT, 2", "OBSCENE, 3", "OFFTOPIC, 4", "ILLEGAL, 0"})
    void bansWithVksReasonCode(RestrictionReason reason, int code) throws ConnectorException {
        restrict(new Restriction("500123", reason, null, null));

        assertEquals(code, community.ban(500123).orElseThrow().reason());
        assertEquals(String.valueOf(code), vk.calls("groups.ban").get(0).params().get("reason"));
    }

    @Test
    void aBanForATermEndsWhenTheRestrictionDoesAndExplainsItself() throws ConnectorException {
        Instant until = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);

        restrict(new Restriction("500123", RestrictionReason.OBSCENE, until, "Мат запрещён правилами сообщества"));

        assertEquals(new FakeCommunity.Ban(500123, 3, until.getEpochSecond(), "Мат запрещён правилами сообщества",
                true), community.ban(500123).orElseThrow());
        Map<String, String> sent = vk.calls("groups.ban").get(0).params();
        assertEquals(String.valueOf(community.groupId()), sent.get("group_id"));
        assertEquals("500123", sent.get("owner_id"));
    }

    @Test
    void aBanWithoutTermOrCommentSendsNeither() throws ConnectorException {
        restrict(new Restriction("500123", RestrictionReason.SPAM, null, " "));

        Map<String, String> sent = vk.calls("groups.ban").get(0).params();
        assertFalse(sent.containsKey("end_date"));
        assertFalse(sent.containsKey("comment"));
        assertFalse(sent.containsKey("comment_visible"));
    }

    @Test
    void unbanning() throws ConnectorException {
        restrict(new Restriction("500123", RestrictionReason.SPAM, null, null));

        fixture.connector().liftRestriction(fixture.account(), fixture.credentials(), "500123");

        assertTrue(community.ban(500123).isEmpty());
        assertEquals("500123", vk.calls("groups.unban").get(0).params().get("owner_id"));
    }

    @Test
    void aUserIdVkCannotTakeIsRejectedWithoutAsking() {
        assertThrows(Rejected.class, () -> restrict(new Restriction("id500123", RestrictionReason.SPAM, null,
                null)));
        assertEquals(0, vk.requestsServed());
    }

    @Test
    void deletesTheCommentOnTheCommunityWall() throws ConnectorException {
        long post = community.addPost("Пост");
        long comment = community.addComment(post, "Спам");

        fixture.connector().deleteComment(fixture.account(), fixture.credentials(), ref(post, comment));

        assertFalse(community.holdsComment(comment));
        assertEquals(Map.of("owner_id", String.valueOf(-community.groupId()), "comment_id", String.valueOf(comment),
                "v", "5.199"), vk.calls("wall.deleteComment").get(0).params());
    }

    @Test
    void restoresADeletedCommentOnTheCommunityWall() throws ConnectorException {
        long post = community.addPost("Пост");
        long comment = community.addComment(post, "Удалён автоматически по ошибке");
        fixture.connector().deleteComment(fixture.account(), fixture.credentials(), ref(post, comment));

        fixture.connector().restoreComment(fixture.account(), fixture.credentials(), ref(post, comment));

        assertTrue(community.holdsComment(comment));
        FakeVk.Call call = vk.calls("wall.restoreComment").get(0);
        assertEquals("user", call.tokenKind());
        assertEquals(Map.of("owner_id", String.valueOf(-community.groupId()), "comment_id", String.valueOf(comment),
                "v", "5.199"), call.params());
        assertEquals(List.of("Удалён автоматически по ошибке"), fixture.connector().readComments(fixture.account(),
                fixture.credentials(), null).comments().stream().map(NetworkComment::text).toList());
    }

    @Test
    void restoringACommentThatIsNotDeletedIsRejectedWithVksReason() {
        long post = community.addPost("Пост");
        long comment = community.addComment(post, "Никто не удалял");

        Rejected refused = assertThrows(Rejected.class, () -> fixture.connector().restoreComment(fixture.account(),
                fixture.credentials(), ref(post, comment)));

        assertTrue(refused.getMessage().contains("error 243 Comment has not been deleted"), refused::getMessage);
        assertTrue(community.holdsComment(comment));
    }

    @Test
    void restoringACommentVkDoesNotHaveIsRejected() {
        long post = community.addPost("Пост");

        Rejected refused = assertThrows(Rejected.class, () -> fixture.connector().restoreComment(fixture.account(),
                fixture.credentials(), ref(post, post + 50)));

        assertTrue(refused.getMessage().contains("error 104"), refused::getMessage);
    }

    @Test
    void withoutAdministratorRightsRestoringIsAnAuthFailure() {
        long post = community.addPost("Пост");
        long comment = community.addComment(post, "Комментарий");
        community.revokeAdminRights();

        assertThrows(AuthFailure.class, () -> fixture.connector().restoreComment(fixture.account(),
                fixture.credentials(), ref(post, comment)));
    }

    @Test
    void aCommentIdVkCannotTakeIsNotRestoredAndVkIsNotAsked() {
        assertThrows(Rejected.class, () -> fixture.connector().restoreComment(fixture.account(),
                fixture.credentials(), new CommentRef("1", "reply-7")));
        assertEquals(0, vk.requestsServed());
    }

    @Test
    void repliesAsTheCommunityWithTheCommunityToken() throws ConnectorException {
        long post = community.addPost("Пост");
        long question = community.addComment(post, "Когда откроют поликлинику?");

        String reply = fixture.connector().reply(fixture.account(), fixture.credentials(), ref(post, question),
                "В марте.");

        FakeVk.Call call = vk.calls("wall.createComment").get(0);
        assertEquals("group", call.tokenKind());
        assertEquals(String.valueOf(community.groupId()), call.params().get("from_group"));
        assertEquals(String.valueOf(question), call.params().get("reply_to_comment"));
        assertEquals(List.of("В марте."), community.repliesFromCommunity(question));
        assertTrue(Long.parseLong(reply) > question);
    }

    @Test
    void withoutACommunityTokenTheUserTokenReplies() throws ConnectorException {
        long post = community.addPost("Пост");
        long question = community.addComment(post, "Вопрос");

        fixture.connector().reply(fixture.account(), Credentials.of(VkTokens.ACCESS_TOKEN, vk.userToken()),
                ref(post, question), "Ответ");

        assertEquals("user", vk.calls("wall.createComment").get(0).tokenKind());
        assertEquals(List.of("Ответ"), community.repliesFromCommunity(question));
    }

    private void restrict(Restriction restriction) throws ConnectorException {
        fixture.connector().restrictUser(fixture.account(), fixture.credentials(), restriction);
    }

    private static CommentRef ref(long post, long comment) {
        return new CommentRef(String.valueOf(post), String.valueOf(comment));
    }
}
