package org.socialdesk.connector.testkit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialdesk.connector.CaptchaRequired;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.connector.NetworkComment;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.RateLimited;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.Restriction;
import org.socialdesk.connector.RestrictionReason;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.connector.UnsupportedActionException;
import org.socialdesk.core.model.Format;

/**
 * The behaviour the core relies on from every connector. A connector's test extends this class and opens a
 * {@link ConnectorFixture} on the connector and its fake network; every test here then runs against it.
 *
 * <pre>
 * class VkConnectorContractTest extends ConnectorContract {
 *     protected ConnectorFixture openFixture() { return new VkFixture(); }
 * }
 * </pre>
 */
public abstract class ConnectorContract {

    /** Bounds every read-until-quiet loop, so that a cursor that never settles fails instead of hanging. */
    private static final int MOST_READS = 1_000;

    private ConnectorFixture fixture;

    /** A connector on a fresh fake network with one empty account. */
    protected abstract ConnectorFixture openFixture() throws Exception;

    @BeforeEach
    public final void openTheFixture() throws Exception {
        fixture = openFixture();
    }

    @AfterEach
    public final void closeTheFixture() throws Exception {
        fixture.close();
    }

    // --- description and account card ---------------------------------------------------------------------

    @Test
    public void describesItself() {
        ConnectorDescription description = connector().description();
        assertAll(
                () -> assertTrue(description.id().matches("[a-z][a-z0-9-]*"), "id is a short lower-case word"),
                () -> assertFalse(description.displayName().isBlank(), "display name"),
                () -> assertFalse(description.formats().isEmpty(), "publishes at least one format"),
                () -> assertTrue(description.limits().textLength() > 0, "text length limit"),
                () -> assertTrue(description.limits().requestsPerSecond() > 0, "rate limit"),
                () -> assertEquals(description, connector().description(), "constant for the life of the service"));
    }

    @Test
    public void readsTheAccountCard() throws ConnectorException {
        assertEquals(network().accountName(), connector().readAccountCard(fixture.account(), credentials()).name());
    }

    // --- publishing ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Format.class)
    public void publishesEveryListedFormatAndReadsItBack(Format format) throws ConnectorException {
        String text = "Публикация в формате " + format + " " + UUID.randomUUID();
        Publication publication = SamplePublications.of(format, newKey(), text);

        if (!connector().description().formats().contains(format)) {
            assertThrows(Rejected.class, () -> publish(publication), "a format the description does not list");
            assertEquals(0, network().postsWithText(text));
            return;
        }
        PublishedPost published = publish(publication);

        PostOnNetwork onNetwork = network().post(published.postId())
                .orElseThrow(() -> new AssertionError("the network holds no post " + published.postId()));
        assertAll(
                () -> assertEquals(text, onNetwork.text()),
                () -> assertEquals(SamplePublications.attachmentsOf(publication), onNetwork.attachments(),
                        "attachments"),
                () -> assertTrue(published.url().contains(published.postId()), "the URL leads to the post"),
                () -> assertNotNull(published.publishedAt(), "when the network shows it"));
    }

    @Test
    public void repeatingAPublishPostsOnce() throws ConnectorException {
        Publication publication = Publication.text(newKey(), "Повтор не должен дублировать пост " + UUID.randomUUID());

        PublishedPost first = publish(publication);
        PublishedPost second = publish(publication);

        assertEquals(first.postId(), second.postId());
        assertEquals(1, network().postsWithText(publication.text()));
    }

    @Test
    public void differentKeysAreDifferentPosts() throws ConnectorException {
        String text = "Одинаковый текст в двух публикациях " + UUID.randomUUID();

        PublishedPost first = publish(Publication.text(newKey(), text));
        PublishedPost second = publish(Publication.text(newKey(), text));

        assertFalse(first.postId().equals(second.postId()));
        assertEquals(2, network().postsWithText(text));
    }

    @Test
    public void aPublishWhoseAnswerWasLostIsFoundAndNotRepeated() throws ConnectorException {
        Publication publication = Publication.text(newKey(), "Ответ сети потерян " + UUID.randomUUID());
        network().loseNextPostAnswer();

        assertThrows(TransientFailure.class, () -> publish(publication));
        PublishedPost found = connector().findPublished(fixture.account(), credentials(), publication)
                .orElseThrow(() -> new AssertionError("the post the network made is not found"));
        PublishedPost retried = publish(publication);

        assertEquals(found.postId(), retried.postId());
        assertEquals(1, network().postsWithText(publication.text()));
    }

    @Test
    public void findsNothingThatWasNeverPublished() throws ConnectorException {
        network().addPost("Пост, сделанный вручную");

        Optional<PublishedPost> found = connector().findPublished(fixture.account(), credentials(),
                Publication.text(newKey(), "Этого поста нет " + UUID.randomUUID()));

        assertTrue(found.isEmpty(), () -> "found " + found);
    }

    @Test
    public void aDelayedPostIsHeldByTheNetworkUntilItsTime() throws ConnectorException {
        assumeTrue(connector().description().nativeScheduling(), "the core schedules for this network");
        Instant publishAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        String text = "Отложенная публикация " + UUID.randomUUID();

        PublishedPost published = publish(new Publication(newKey(), Format.TEXT, text, List.of(), null, publishAt));

        assertEquals(publishAt, published.publishedAt());
        assertEquals(publishAt, network().post(published.postId()).map(PostOnNetwork::delayedUntil).orElse(null));
    }

    // --- faults ---------------------------------------------------------------------------------------------

    /** The calls every connector makes, each of which must surface every fault. */
    public enum Call {
        PUBLISH, READ_COMMENTS, READ_ACCOUNT_CARD
    }

    static Stream<Arguments> faultsOnCalls() {
        return Stream.of(NetworkFault.values())
                .flatMap(fault -> Stream.of(Call.values()).map(call -> Arguments.of(fault, call)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("faultsOnCalls")
    public void everyFaultIsSurfacedAsItsType(NetworkFault fault, Call call) throws ConnectorException {
        String text = "Пост при сбое " + fault + " " + UUID.randomUUID();
        Publication publication = Publication.text(newKey(), text);
        network().failNextRequest(fault);
        int requestsBefore = network().requestsServed();

        ConnectorException surfaced = assertThrows(fault.surfacesAs(), () -> make(call, publication));

        assertAll(
                () -> assertFalse(surfaced.getMessage() == null || surfaced.getMessage().isBlank(), "a reason"),
                () -> credentials().secrets().values().forEach(secret -> assertFalse(
                        surfaced.getMessage().contains(secret), "the message shows a secret")),
                () -> assertEquals(fault.surfacesAs() == RateLimited.class || fault.surfacesAs()
                        == TransientFailure.class, surfaced.retryable(), "retryable"),
                () -> {
                    if (surfaced instanceof RateLimited limited) {
                        assertTrue(limited.retryAfter().compareTo(Duration.ZERO) > 0, "a time to wait");
                    }
                    if (surfaced instanceof CaptchaRequired captcha) {
                        assertNotNull(captcha.captchaId(), "captcha id");
                        assertNotNull(captcha.imageUrl(), "captcha image");
                    }
                });
        if (fault != NetworkFault.SERVER_ERROR) {
            assertEquals(1, network().requestsServed() - requestsBefore,
                    "stopped at the fault instead of trying again on its own");
        }

        make(call, publication);
        if (call == Call.PUBLISH) {
            assertEquals(1, network().postsWithText(text), "posted once, after the fault passed");
        }
    }

    private void make(Call call, Publication publication) throws ConnectorException {
        switch (call) {
            case PUBLISH -> publish(publication);
            case READ_COMMENTS -> connector().readComments(fixture.account(), credentials(), null);
            case READ_ACCOUNT_CARD -> connector().readAccountCard(fixture.account(), credentials());
        }
    }

    // --- comments ---------------------------------------------------------------------------------------------

    @Test
    public void readsEveryCommentOnceFromTheStart() throws ConnectorException {
        String postId = network().addPost("Пост для комментариев");
        List<CommentRef> added = List.of(
                network().addComment(postId, "Первый"),
                network().addComment(postId, "Второй"),
                network().addComment(postId, "Третий"));

        Reading reading = readUntilQuiet(null);

        assertEquals(added, refs(reading.comments()));
        assertEquals(List.of("Первый", "Второй", "Третий"), reading.comments().stream().map(NetworkComment::text)
                .toList());
        reading.comments().forEach(comment -> assertAll(
                () -> assertNotNull(comment.authorId(), "author"),
                () -> assertNotNull(comment.createdAt(), "time")));
    }

    @Test
    public void pagesNeitherSkipNorRepeat() throws ConnectorException {
        String first = network().addPost("Первый пост");
        String second = network().addPost("Второй пост");
        List<CommentRef> added = new ArrayList<>();
        for (int i = 0; i < fixture.commentsPerPage() * 2 + 1; i++) {
            added.add(network().addComment(i % 2 == 0 ? first : second, "Комментарий " + i));
        }

        List<NetworkComment> read = new ArrayList<>();
        String cursor = null;
        for (int reads = 0; reads < MOST_READS; reads++) {
            CommentPage page = connector().readComments(fixture.account(), credentials(), cursor);
            assertTrue(page.comments().size() <= fixture.commentsPerPage(), "page size");
            if (page.comments().isEmpty()) {
                break;
            }
            read.addAll(page.comments());
            cursor = page.nextCursor();
        }

        assertEquals(added, refs(read));
    }

    @Test
    public void commentsArrivingBetweenReadsAreReadExactlyOnce() throws ConnectorException {
        String postId = network().addPost("Пост, который обсуждают");
        List<CommentRef> added = new ArrayList<>();
        List<NetworkComment> read = new ArrayList<>();
        String cursor = null;

        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < fixture.commentsPerPage(); i++) {
                added.add(network().addComment(postId, "Раунд " + round + ", комментарий " + i));
            }
            if (round > 0) {
                added.add(network().addReply(added.get(0), "Ответ в ветке, раунд " + round));
            }
            CommentPage page = connector().readComments(fixture.account(), credentials(), cursor);
            read.addAll(page.comments());
            cursor = page.nextCursor();
        }
        read.addAll(readUntilQuiet(cursor).comments());

        List<CommentRef> readRefs = refs(read);
        assertEquals(readRefs.size(), new HashSet<>(readRefs).size(), () -> "repeated: " + readRefs);
        assertEquals(new HashSet<>(added), new HashSet<>(readRefs));
    }

    @Test
    public void repliesInThreadsNameTheirParent() throws ConnectorException {
        String postId = network().addPost("Пост с веткой");
        CommentRef parent = network().addComment(postId, "Вопрос");
        CommentRef reply = network().addReply(parent, "Ответ на вопрос");

        List<NetworkComment> read = readUntilQuiet(null).comments();

        NetworkComment readReply = read.stream().filter(comment -> comment.ref().equals(reply)).findFirst()
                .orElseThrow(() -> new AssertionError("the reply was not read: " + read));
        assertEquals(parent.commentId(), readReply.replyTo());
        assertEquals(null, read.get(0).replyTo(), "the first comment answers nobody");
    }

    @Test
    public void aReadWithNothingNewKeepsTheCursor() throws ConnectorException {
        network().addComment(network().addPost("Пост"), "Единственный комментарий");
        String cursor = readUntilQuiet(null).cursor();

        CommentPage again = connector().readComments(fixture.account(), credentials(), cursor);

        assertTrue(again.comments().isEmpty());
        assertEquals(cursor, again.nextCursor());
    }

    // --- moderation -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(ModerationAction.class)
    public void everyActionWorksOrIsReportedUnsupported(ModerationAction action) throws ConnectorException {
        CommentRef comment = network().addComment(network().addPost("Пост под модерацией"), "Спам-комментарий");
        NetworkComment read = readUntilQuiet(null).comments().get(0);
        String author = read.authorId();

        if (!connector().description().supports(action)) {
            int requestsBefore = network().requestsServed();
            UnsupportedActionException unsupported = assertThrows(UnsupportedActionException.class,
                    () -> moderate(action, comment, author));
            assertEquals(action, unsupported.action());
            assertEquals(requestsBefore, network().requestsServed(), "asked the network anyway");
            return;
        }
        moderate(action, comment, author);
        switch (action) {
            case DELETE_COMMENT -> assertFalse(network().holdsComment(comment), "the comment is gone");
            case RESTORE_COMMENT -> {
                assertTrue(network().holdsComment(comment), "the comment is back");
                assertTrue(refs(readUntilQuiet(null).comments()).contains(comment), "read again from the start");
            }
            case RESTRICT_USER -> assertTrue(network().isRestricted(author), "the author is restricted");
            case LIFT_RESTRICTION -> assertFalse(network().isRestricted(author), "the restriction is lifted");
            case REPLY -> assertEquals(List.of("Спасибо за вопрос!"), network().repliesFromAccount(comment));
        }
    }

    private void moderate(ModerationAction action, CommentRef comment, String author) throws ConnectorException {
        Connector connector = connector();
        switch (action) {
            case DELETE_COMMENT -> connector.deleteComment(fixture.account(), credentials(), comment);
            case RESTORE_COMMENT -> {
                // only a connector that can restore gets a deleted comment: the other must not ask the network at all
                if (connector.description().supports(ModerationAction.RESTORE_COMMENT)) {
                    connector.deleteComment(fixture.account(), credentials(), comment);
                    assertFalse(network().holdsComment(comment), "deleted before restoring");
                }
                connector.restoreComment(fixture.account(), credentials(), comment);
            }
            case RESTRICT_USER -> connector.restrictUser(fixture.account(), credentials(), new Restriction(author,
                    RestrictionReason.SPAM, Instant.now().plus(Duration.ofDays(7)), "Спам запрещён правилами"));
            case LIFT_RESTRICTION -> {
                if (connector.description().supports(ModerationAction.RESTRICT_USER)) {
                    connector.restrictUser(fixture.account(), credentials(),
                            new Restriction(author, RestrictionReason.INSULT, null, null));
                    assertTrue(network().isRestricted(author), "restricted before lifting");
                }
                connector.liftRestriction(fixture.account(), credentials(), author);
            }
            case REPLY -> assertFalse(connector.reply(fixture.account(), credentials(), comment, "Спасибо за вопрос!")
                    .isBlank(), "the reply's id");
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private Connector connector() {
        return fixture.connector();
    }

    private FakeNetwork network() {
        return fixture.network();
    }

    private Credentials credentials() {
        return fixture.credentials();
    }

    private PublishedPost publish(Publication publication) throws ConnectorException {
        return connector().publish(fixture.account(), credentials(), publication);
    }

    private static String newKey() {
        return "plan-item/" + UUID.randomUUID();
    }

    private record Reading(List<NetworkComment> comments, String cursor) {
    }

    private Reading readUntilQuiet(String cursor) throws ConnectorException {
        List<NetworkComment> read = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        for (int reads = 0; reads < MOST_READS; reads++) {
            CommentPage page = connector().readComments(fixture.account(), credentials(), cursor);
            read.addAll(page.comments());
            if (page.comments().isEmpty()) {
                return new Reading(read, page.nextCursor());
            }
            assertTrue(cursors.add(page.nextCursor()), "the cursor went back to " + page.nextCursor());
            cursor = page.nextCursor();
        }
        return fail("the comments never ran out after " + MOST_READS + " reads");
    }

    private static List<CommentRef> refs(List<NetworkComment> comments) {
        return comments.stream().map(NetworkComment::ref).toList();
    }
}
