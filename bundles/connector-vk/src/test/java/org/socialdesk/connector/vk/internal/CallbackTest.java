package org.socialdesk.connector.vk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.NetworkComment;
import org.socialdesk.connector.vk.fake.FakeCallbackApi;
import org.socialdesk.connector.vk.fake.FakeCommunity;

/**
 * Comments VK's Callback API pushes over HTTP reach readComments exactly once beside polling, only with the secret
 * key, and survive a restart of the bundle.
 *
 * <p>Most tests comment under a post older than the one post the connector watches, so that polling cannot see the
 * comment and whatever is read came through the push.
 */
class CallbackTest {

    private static final String SECRET = "kX9vQ2-secret-key-from-the-settings-page";

    @TempDir
    Path directory;

    private VkFixture fixture;
    private FakeCommunity community;
    private FakeCallbackApi callbackApi;
    private CallbackEndpoint endpoint;
    private VkConnector connector;
    private String cursor;

    @BeforeEach
    void start() throws IOException {
        fixture = new VkFixture();
        community = fixture.vk.community();
        callbackApi = fixture.vk.callbackApi();
        endpoint = new CallbackEndpoint();
        connector = watchingOnePost();
        endpoint.serve(connector);
    }

    @AfterEach
    void stop() {
        endpoint.close();
        fixture.close();
    }

    @Test
    void theConfirmationIsAnsweredWithTheCommunitysCodeOnceItsKeysAreKnown() throws Exception {
        assertEquals(new FakeCallbackApi.Answer(404, "no such community here"),
                callbackApi.addServer(endpoint.url(), SECRET), "no read has brought the keys yet");

        read();

        assertEquals(new FakeCallbackApi.Answer(200, callbackApi.confirmationCode()),
                callbackApi.addServer(endpoint.url(), SECRET));
    }

    @Test
    void aPushedCommentUnderAPostPollingDoesNotWatchIsRead() throws Exception {
        long oldPost = community.addPost("Старый пост");
        community.addPost("Новый пост");
        confirmServer();
        long comment = community.addComment(oldPost, "Вопрос под старым постом");

        assertEquals(List.of(200), callbackApi.deliver());

        List<NetworkComment> read = read();
        assertEquals(List.of("Вопрос под старым постом"), texts(read));
        assertEquals("https://vk.com/wall-" + community.groupId() + "_" + oldPost + "?reply=" + comment,
                read.get(0).url());
        assertTrue(read().isEmpty());
    }

    @Test
    void aWrongSecretIsRefusedAndNothingIsKept() throws Exception {
        long oldPost = community.addPost("Старый пост");
        community.addPost("Новый пост");
        confirmServer();
        community.addComment(oldPost, "Комментарий");

        assertEquals(List.of(403), callbackApi.deliverWithSecret("guess"));
        assertEquals(List.of(403), callbackApi.deliverWithSecret(null));
        assertEquals(1, callbackApi.pending(), "VK keeps what was refused");
        assertTrue(read().isEmpty());

        assertEquals(List.of(200), callbackApi.deliver());
        assertEquals(List.of("Комментарий"), texts(read()));
    }

    @Test
    void anEventVkSendsAgainIsAcknowledgedAndReadOnce() throws Exception {
        long oldPost = community.addPost("Старый пост");
        community.addPost("Новый пост");
        confirmServer();
        community.addComment(oldPost, "Комментарий");
        callbackApi.deliver();

        assertEquals(new FakeCallbackApi.Answer(200, "ok"), callbackApi.repeatLast());
        assertEquals(List.of("Комментарий"), texts(read()));
        assertEquals(new FakeCallbackApi.Answer(200, "ok"), callbackApi.repeatLast(), "after it was read");
        assertTrue(read().isEmpty());

        restart();
        assertEquals(404, callbackApi.repeatLast().status(), "until a read after the restart brings the keys");
        assertTrue(read().isEmpty());
        assertEquals(new FakeCallbackApi.Answer(200, "ok"), callbackApi.repeatLast(), "after a restart");
        assertTrue(read().isEmpty());
    }

    @Test
    void aCommentBothPushedAndPolledIsReadOnce() throws Exception {
        long post = community.addPost("Пост");
        confirmServer();
        community.addComment(post, "Первый");
        community.addComment(post, "Второй");
        callbackApi.deliver();

        assertEquals(List.of("Первый", "Второй"), texts(readUntilQuiet()));
        community.addComment(post, "Третий");
        assertEquals(List.of("Третий"), texts(readUntilQuiet()), "polled before VK pushed it");
        callbackApi.deliver();
        assertTrue(read().isEmpty(), "pushed after polling delivered it");
    }

    @Test
    void polledCommentsNameTheirAuthorsEvenWhenPushedFirst() throws Exception {
        long post = community.addPost("Пост");
        confirmServer();
        community.addComment(post, "Комментарий");
        callbackApi.deliver();

        assertTrue(read().get(0).authorName() != null, "the polled copy, with the author's name, is delivered");
    }

    @Test
    void aPushArrivingAfterPollingPassedItsIdIsStillRead() throws Exception {
        long oldPost = community.addPost("Старый пост");
        long newPost = community.addPost("Новый пост");
        confirmServer();
        community.addComment(oldPost, "Под старым постом, доставлен поздно");
        community.addComment(newPost, "Под новым постом");

        assertEquals(List.of("Под новым постом"), texts(read()));
        callbackApi.deliver();

        assertEquals(List.of("Под старым постом, доставлен поздно"), texts(read()));
        assertTrue(read().isEmpty());
    }

    @Test
    void storedCommentsOutliveARestart() throws Exception {
        long oldPost = community.addPost("Старый пост");
        community.addPost("Новый пост");
        confirmServer();
        community.addComment(oldPost, "Пришёл до перезапуска");
        callbackApi.deliver();

        restart();

        assertEquals(List.of("Пришёл до перезапуска"), texts(read()));
        assertTrue(read().isEmpty());
    }

    @Test
    void anEventThatCannotBeStoredIsNotAcknowledged() throws Exception {
        long oldPost = community.addPost("Старый пост");
        community.addPost("Новый пост");
        confirmServer();
        community.addComment(oldPost, "Комментарий");
        Path blocked = directory.resolve("vk-callback-" + community.groupId() + ".jsonl");
        Files.createDirectory(blocked);

        assertEquals(List.of(500), callbackApi.deliver());
        assertEquals(1, callbackApi.pending(), "VK sends it again later");

        Files.delete(blocked);
        assertEquals(List.of(200), callbackApi.deliver());
        assertEquals(List.of("Комментарий"), texts(read()));
    }

    /** The connector watches the newest post only, so that a comment under an older one comes by push alone. */
    private VkConnector watchingOnePost() {
        return new VkConnector(VkFixture.settings(fixture.vk, 1_000, 1), directory);
    }

    /** The bundle restarts: a new connector on the same data area, which learns the keys at its first read. */
    private void restart() {
        connector = watchingOnePost();
        endpoint.serve(connector);
    }

    private void confirmServer() throws Exception {
        read();
        assertEquals(200, callbackApi.addServer(endpoint.url(), SECRET).status());
    }

    private Credentials credentials() {
        Map<String, String> secrets = new HashMap<>(fixture.credentials().secrets());
        secrets.put(CallbackKeys.SECRET, SECRET);
        secrets.put(CallbackKeys.CONFIRMATION_CODE, callbackApi.confirmationCode());
        return new Credentials(secrets);
    }

    private List<NetworkComment> read() throws ConnectorException {
        CommentPage page = connector.readComments(fixture.account(), credentials(), cursor);
        cursor = page.nextCursor();
        return page.comments();
    }

    private List<NetworkComment> readUntilQuiet() throws ConnectorException {
        List<NetworkComment> read = new ArrayList<>();
        for (List<NetworkComment> page = read(); !page.isEmpty(); page = read()) {
            read.addAll(page);
        }
        return read;
    }

    private static List<String> texts(List<NetworkComment> comments) {
        return comments.stream().map(NetworkComment::text).toList();
    }
}
