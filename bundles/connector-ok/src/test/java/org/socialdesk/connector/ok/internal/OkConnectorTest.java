package org.socialdesk.connector.ok.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.Media;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.connector.Poll;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.Restriction;
import org.socialdesk.connector.RestrictionReason;
import org.socialdesk.connector.UnsupportedActionException;
import org.socialdesk.connector.ok.fake.FakeOk;
import org.socialdesk.core.model.Format;

/** What is particular to OK, beyond the contract: signing, sessions, the topic's blocks, what OK cannot do. */
class OkConnectorTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private OkFixture fixture;

    @BeforeEach
    void open() throws IOException {
        fixture = new OkFixture();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aWrongSecretIsRefusedByItsSignature() {
        Credentials wrong = new Credentials(Map.of(OkSession.APPLICATION_KEY, FakeOk.APPLICATION_KEY,
                OkSession.APPLICATION_SECRET_KEY, "NOT-THE-SECRET", OkSession.ACCESS_TOKEN, fixture.ok.accessToken()));

        AuthFailure refused = assertThrows(AuthFailure.class,
                () -> fixture.connector().readAccountCard(fixture.account(), wrong));

        assertTrue(refused.getMessage().contains("error 104"), refused.getMessage());
    }

    @Test
    void anExpiredSessionIsAnAuthFailureThatSaysSo() {
        fixture.ok.expireSession();

        AuthFailure expired = assertThrows(AuthFailure.class,
                () -> fixture.connector().readComments(fixture.account(), fixture.credentials(), null));

        assertTrue(expired.getMessage().contains("session has expired"), expired.getMessage());
    }

    @Test
    void aMissingCredentialIsNamed() {
        AuthFailure missing = assertThrows(AuthFailure.class, () -> fixture.connector().readAccountCard(
                fixture.account(), new Credentials(Map.of(OkSession.APPLICATION_KEY, FakeOk.APPLICATION_KEY,
                        OkSession.ACCESS_TOKEN, fixture.ok.accessToken()))));

        assertTrue(missing.getMessage().contains(OkSession.APPLICATION_SECRET_KEY), missing.getMessage());
        assertEquals(0, fixture.ok.requestsServed());
    }

    @Test
    void photosGoThroughTheUploadFlowIntoOnePhotoBlock() throws ConnectorException {
        Publication cards = new Publication("plan/1", Format.CARDS, "Карточки", List.of(png("a"), png("b")), null,
                null);

        PublishedPost post = fixture.connector().publish(fixture.account(), fixture.credentials(), cards);

        JsonNode media = fixture.ok.topic(post.postId()).orElseThrow().media();
        assertEquals(List.of("text", "photo"), types(media));
        assertEquals(2, media.get(1).path("list").size());
        assertTrue(media.get(1).path("list").get(0).path("id").asText().startsWith("tok"), "an upload token");
    }

    @Test
    void aPollAndTheTextsLinkBecomeTheirOwnBlocks() throws ConnectorException {
        Publication poll = new Publication("plan/2", Format.POLL, "Голосуйте: https://gov.example/vote.",
                List.of(), new Poll("Где?", List.of("Здесь", "Там"), true, false), null);

        PublishedPost post = fixture.connector().publish(fixture.account(), fixture.credentials(), poll);

        JsonNode media = fixture.ok.topic(post.postId()).orElseThrow().media();
        assertEquals(List.of("text", "poll", "link"), types(media));
        assertEquals("SingleChoice,AnonymousVoting", media.get(1).path("options").asText());
        assertEquals("https://gov.example/vote", media.get(2).path("url").asText());
        assertEquals("https://ok.ru/group/" + FakeOk.GROUP_ID + "/topic/" + post.postId(), post.url());
    }

    @Test
    void moderationOkCannotDoIsRefusedWithoutAskingOk() {
        CommentRef comment = new CommentRef("1", "c");

        assertTrue(fixture.connector().description().actions().isEmpty());
        UnsupportedActionException refused = assertThrows(UnsupportedActionException.class,
                () -> fixture.connector().deleteComment(fixture.account(), fixture.credentials(), comment));
        assertEquals(ModerationAction.DELETE_COMMENT, refused.action());
        assertTrue(refused.getMessage().contains("ok.ru"), refused.getMessage());
        assertEquals(0, fixture.ok.requestsServed());
    }

    @Test
    void blockingAUserIsAPersonsTaskAsTheDescriptionAnnounces() {
        assertFalse(fixture.connector().description().supports(ModerationAction.RESTRICT_USER));
        UnsupportedActionException refused = assertThrows(UnsupportedActionException.class,
                () -> fixture.connector().restrictUser(fixture.account(), fixture.credentials(),
                        new Restriction("561234567890", RestrictionReason.SPAM, null, null)));
        assertEquals(ModerationAction.RESTRICT_USER, refused.action());
        assertFalse(refused.retryable());
        assertEquals(0, fixture.ok.requestsServed());
    }

    @Test
    void aForeignCursorIsRejected() {
        assertThrows(Rejected.class, () -> fixture.connector().readComments(fixture.account(),
                fixture.credentials(), "vk-comments-after:12"));
    }

    @Test
    void aGroupIdIsANumber() {
        assertThrows(Rejected.class, () -> OkGroup.of(new NetworkAccount("gov_press",
                null)));
    }

    private static Media png(String name) {
        return new Media(name + ".png", "image/png", PNG, name);
    }

    private static List<String> types(JsonNode media) {
        return StreamSupport.stream(media.spliterator(), false).map(block -> block.path("type").asText()).toList();
    }
}
