package org.socialdesk.connector.vk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.NetworkComment;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.vk.fake.FakeCommunity;
import org.socialdesk.connector.vk.fake.FakeVk;

/** Reading comments through wall.getComments: pages, threads, and changes while a read is under way. */
class CommentReadingTest {

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

    @Test
    void readsAThreadLongerThanVksPreviewThroughItsOwnPages() throws ConnectorException {
        long post = community.addPost("Пост");
        long question = community.addComment(post, "Вопрос");
        List<Long> replies = LongStream.range(0, 12).map(i -> community.addReply(question, "Ответ " + i)).boxed()
                .toList();

        List<NetworkComment> read = readAll();

        assertEquals(13, read.size());
        assertEquals(replies, ids(read).subList(1, 13));
        read.subList(1, 13).forEach(reply -> assertEquals(String.valueOf(question), reply.replyTo()));
        assertTrue(vk.calls("wall.getComments").stream()
                .anyMatch(call -> String.valueOf(question).equals(call.params().get("comment_id"))),
                "the thread was read by its comment_id");
    }

    @Test
    void aThreadWithinThePreviewCostsNoExtraRequest() throws ConnectorException {
        long post = community.addPost("Пост");
        long question = community.addComment(post, "Вопрос");
        community.addReply(question, "Ответ");

        assertEquals(2, readAll().size());
        assertTrue(vk.calls("wall.getComments").stream().noneMatch(call -> call.params().containsKey("comment_id")));
    }

    @Test
    void aReplyToAReplyNamesTheCommentItAnswers() throws ConnectorException {
        long post = community.addPost("Пост");
        long question = community.addComment(post, "Вопрос");
        long answer = community.addReply(question, "Ответ");
        long objection = community.addReply(answer, "Возражение");

        NetworkComment read = readAll().stream().filter(c -> c.ref().commentId().equals(String.valueOf(objection)))
                .findFirst().orElseThrow();

        assertEquals(String.valueOf(answer), read.replyTo());
    }

    @Test
    void pagesThroughMoreCommentsThanVkAnswersAtOnce() throws ConnectorException {
        long post = community.addPost("Пост");
        List<Long> added = LongStream.range(0, 10).map(i -> community.addComment(post, "Комментарий " + i)).boxed()
                .toList();

        assertEquals(added, ids(readAll()));
        List<String> offsets = vk.calls("wall.getComments").stream().map(call -> call.params().get("offset"))
                .toList();
        assertEquals(List.of("0", "2", "4", "6", "8"), offsets.subList(0, 5),
                "pages of three, each starting on the last comment of the one before");
    }

    @Test
    void aDeletionThatShiftsThePagesMakesThePostBeReadAgainWithoutLosingAComment() throws ConnectorException {
        long post = community.addPost("Пост");
        List<Long> added = new ArrayList<>(LongStream.range(0, 7)
                .map(i -> community.addComment(post, "Комментарий " + i)).boxed().toList());
        vk.beforeAnswering("wall.getComments", () -> vk.beforeAnswering("wall.getComments",
                () -> community.addComment(post, "не важно")));
        vk.beforeAnswering("wall.getComments", () -> vk.beforeAnswering("wall.getComments",
                () -> deleteByHand(added.remove(0))));

        List<NetworkComment> read = readAll();

        assertEquals(added, ids(read).subList(0, added.size()));
    }

    @Test
    void aCommentArrivingDuringAReadOnAPostAlreadyReadIsNotSkipped() throws ConnectorException {
        long older = community.addPost("Старый пост");
        long newer = community.addPost("Новый пост");
        long first = community.addComment(older, "Под старым");
        long second = community.addComment(newer, "Под новым");
        List<Long> late = new ArrayList<>();
        // wall.get lists the newer post first; while the older one is read, someone comments under the newer one,
        // already read, and then someone else under the older one, with a higher id the read does see
        vk.beforeAnswering("wall.getComments", () -> vk.beforeAnswering("wall.getComments", () -> {
            late.add(community.addComment(newer, "Пока читали"));
            late.add(community.addComment(older, "И ещё"));
        }));

        CommentPage page = fixture.connector().readComments(fixture.account(), fixture.credentials(), null);
        List<NetworkComment> rest = readAllFrom(page.nextCursor());

        assertEquals(List.of(first, second), ids(page.comments()), "comments younger than the read wait");
        assertEquals(late, ids(rest));
    }

    @Test
    void leavesOutTheCommunitysOwnRepliesAndDeletedComments() throws ConnectorException {
        long post = community.addPost("Пост");
        long question = community.addComment(post, "Вопрос");
        long reply = community.addReply(question, "Уточнение");
        fixture.connector().reply(fixture.account(), fixture.credentials(),
                new CommentRef(String.valueOf(post), String.valueOf(question)), "Ответ сообщества");
        deleteByHand(question);

        assertEquals(List.of(reply), ids(readAll()));
    }

    @Test
    void namesTheAuthor() throws ConnectorException {
        community.addComment(community.addPost("Пост"), "Вопрос");

        NetworkComment comment = readAll().get(0);

        assertTrue(comment.authorName().matches("\\S+ \\S+"), comment.authorName());
        assertEquals("https://vk.com/wall-" + community.groupId() + "_" + comment.ref().postId() + "?reply="
                + comment.ref().commentId(), comment.url());
    }

    @Test
    void aCursorStoredBeforeTheCallbackApiReadsOnInTheSameForm() throws ConnectorException {
        long post = community.addPost("Пост");
        long first = community.addComment(post, "Прочитан раньше");
        long second = community.addComment(post, "Новый");

        CommentPage page = fixture.connector().readComments(fixture.account(), fixture.credentials(),
                "vk-comments-after:" + first);

        assertEquals(List.of(second), ids(page.comments()));
        assertEquals("vk-comments-after:" + second, page.nextCursor(), "nothing was pushed");
    }

    @Test
    void aCursorFromElsewhereIsRejected() {
        assertThrows(Rejected.class, () -> fixture.connector().readComments(fixture.account(),
                fixture.credentials(), "telegram:update:42"));
        assertThrows(Rejected.class, () -> fixture.connector().readComments(fixture.account(),
                fixture.credentials(), "vk-comments-after:12,pushed:x"));
    }

    private void deleteByHand(long commentId) {
        try {
            fixture.connector().deleteComment(fixture.account(), fixture.credentials(),
                    new CommentRef("0", String.valueOf(commentId)));
        } catch (ConnectorException unexpected) {
            throw new AssertionError(unexpected);
        }
    }

    private List<NetworkComment> readAll() throws ConnectorException {
        return readAllFrom(null);
    }

    private List<NetworkComment> readAllFrom(String cursor) throws ConnectorException {
        List<NetworkComment> read = new ArrayList<>();
        for (int reads = 0; reads < 100; reads++) {
            CommentPage page = fixture.connector().readComments(fixture.account(), fixture.credentials(), cursor);
            if (page.comments().isEmpty()) {
                return read;
            }
            read.addAll(page.comments());
            cursor = page.nextCursor();
        }
        throw new AssertionError("comments never ran out");
    }

    private static List<Long> ids(List<NetworkComment> comments) {
        return comments.stream().map(comment -> Long.parseLong(comment.ref().commentId())).toList();
    }
}
