package org.socialdesk.connector.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.connector.NetworkComment;
import org.socialdesk.connector.Restriction;
import org.socialdesk.connector.RestrictionReason;
import org.socialdesk.connector.UnsupportedActionException;

/** Deleting within 48 hours, banning and restricting with Telegram's terms, lifting, replying in the thread. */
class ModerationTest {

    private final TelegramFixture fixture = PublishingRulesTest.newFixture();
    private final List<NetworkComment> read = new ArrayList<>();
    private String cursor;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aCommentYoungerThan48HoursIsDeleted() throws ConnectorException {
        CommentRef comment = comment(Instant.now().minus(Duration.ofHours(47)));
        readAll();
        delete(comment);
        assertFalse(fixture.telegram.holdsComment(Long.parseLong(comment.commentId())));
    }

    @Test
    void aCommentOlderThan48HoursBecomesAPersonsTaskWithoutAsking() throws ConnectorException {
        CommentRef comment = comment(Instant.now().minus(Duration.ofHours(49)));
        readAll();
        UnsupportedActionException unsupported = assertThrows(UnsupportedActionException.class,
                () -> delete(comment));
        assertEquals(ModerationAction.DELETE_COMMENT, unsupported.action());
        assertTrue(unsupported.getMessage().contains("48 hours"), unsupported.getMessage());
        assertTrue(fixture.telegram.calls("deleteMessage").isEmpty(), "asked Telegram anyway");
    }

    @Test
    void anOldCommentNeverReadIsRecognisedFromTelegramsRefusal() throws ConnectorException {
        CommentRef comment = comment(Instant.now().minus(Duration.ofDays(3)));
        assertThrows(UnsupportedActionException.class, () -> delete(comment));
        assertTrue(fixture.telegram.holdsComment(Long.parseLong(comment.commentId())));
    }

    @Test
    void spamBansWithTheEndAsUntilDate() throws ConnectorException {
        String author = authorOf(comment(Instant.now()));
        Instant end = Instant.now().plus(Duration.ofDays(7));
        restrict(new Restriction(author, RestrictionReason.SPAM, end, null));
        assertEquals("kicked", fixture.telegram.memberStatus(Long.parseLong(author)));
        assertEquals(end.getEpochSecond(), fixture.telegram.calls("banChatMember").get(0).params().get("until_date")
                .asLong());
    }

    @Test
    void anInsultMakesTheAuthorReadOnlyAndForeverSendsNoUntilDate() throws ConnectorException {
        String author = authorOf(comment(Instant.now()));
        restrict(new Restriction(author, RestrictionReason.INSULT, Instant.now().plus(Duration.ofDays(400)), null));
        assertEquals("restricted", fixture.telegram.memberStatus(Long.parseLong(author)));
        assertFalse(fixture.telegram.calls("restrictChatMember").get(0).params().containsKey("until_date"));
    }

    @Test
    void liftingEndsABanOrARestrictionAndLiftingNoneIsNoError() throws ConnectorException {
        String banned = authorOf(comment(Instant.now()));
        String muted = authorOf(comment(Instant.now()));
        restrict(new Restriction(banned, RestrictionReason.SPAM, null, null));
        restrict(new Restriction(muted, RestrictionReason.OFFTOPIC, null, null));
        lift(banned);
        lift(muted);
        lift(authorOf(comment(Instant.now())));
        assertFalse(List.of("kicked", "restricted").contains(fixture.telegram.memberStatus(Long.parseLong(banned))));
        assertEquals("member", fixture.telegram.memberStatus(Long.parseLong(muted)));
        assertTrue(fixture.telegram.calls("unbanChatMember").get(0).params().get("only_if_banned").asBoolean());
    }

    @Test
    void aReplyAnswersTheCommentInTheGroup() throws ConnectorException {
        CommentRef comment = comment(Instant.now());
        String replyId = fixture.connector().reply(fixture.account(), fixture.credentials(), comment, "Спасибо!");
        assertEquals(List.of("Спасибо!"), fixture.telegram.repliesFromBot(Long.parseLong(comment.commentId())));
        assertFalse(replyId.isBlank());
    }

    private CommentRef comment(Instant writtenAt) {
        long post = fixture.telegram.addPost("Пост");
        return new CommentRef(String.valueOf(post), String.valueOf(fixture.telegram.addCommentWrittenAt(post,
                "Комментарий", writtenAt)));
    }

    private String authorOf(CommentRef comment) throws ConnectorException {
        readAll();
        return read.stream().filter(one -> one.ref().equals(comment)).findFirst().orElseThrow().authorId();
    }

    private void readAll() throws ConnectorException {
        CommentPage page;
        do {
            page = fixture.connector().readComments(fixture.account(), fixture.credentials(), cursor);
            read.addAll(page.comments());
            cursor = page.nextCursor();
        } while (!page.comments().isEmpty());
    }

    private void delete(CommentRef comment) throws ConnectorException {
        fixture.connector().deleteComment(fixture.account(), fixture.credentials(), comment);
    }

    private void restrict(Restriction restriction) throws ConnectorException {
        fixture.connector().restrictUser(fixture.account(), fixture.credentials(), restriction);
    }

    private void lift(String userId) throws ConnectorException {
        fixture.connector().liftRestriction(fixture.account(), fixture.credentials(), userId);
    }
}
