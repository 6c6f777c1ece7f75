package org.socialdesk.connector.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.CommentPage;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.NetworkComment;
import org.socialdesk.connector.telegram.fake.FakeTelegram;

/**
 * Comments pushed by Telegram to the webhook reach readComments exactly once, only with the secret, and switching
 * between webhook and long polling loses and repeats nothing.
 */
class WebhookTest {

    private WebhookEndpoint endpoint;
    private TelegramFixture fixture;
    private FakeTelegram telegram;

    @BeforeEach
    void start() throws IOException {
        endpoint = new WebhookEndpoint();
        fixture = new TelegramFixture(Clock.systemUTC(), endpoint.publicBase());
        telegram = fixture.telegram;
        endpoint.serve(fixture.connector());
    }

    @AfterEach
    void stop() {
        endpoint.close();
        fixture.close();
    }

    @Test
    void theFirstReadSetsTheWebhookWithASecret() throws ConnectorException {
        read(fixture.connector(), null);
        FakeTelegram.Call set = telegram.calls("setWebhook").get(0);
        assertEquals(endpoint.publicBase() + "telegram/webhook/" + FakeTelegram.BOT_ID, set.params().get("url")
                .asText());
        assertTrue(set.params().get("secret_token").asText().length() >= 32);
        assertEquals(endpoint.publicBase() + "telegram/webhook/" + FakeTelegram.BOT_ID, telegram.webhookUrl());
        read(fixture.connector(), null);
        assertEquals(1, telegram.calls("setWebhook").size(), "set once while the bundle runs");
        assertTrue(telegram.calls("getUpdates").isEmpty());
    }

    @Test
    void updatesDeliveredToTheWebhookArriveOnce() throws Exception {
        long post = telegram.addPost("Пост");
        CommentPage first = read(fixture.connector(), null);
        telegram.addComment(post, "Первый");
        telegram.addComment(post, "Второй");
        assertEquals(List.of(200, 200, 200), telegram.deliverWebhookUpdates());
        assertEquals(0, telegram.pendingUpdates());

        CommentPage page = read(fixture.connector(), first.nextCursor());
        assertEquals(List.of("Первый", "Второй"), page.comments().stream().map(NetworkComment::text).toList());
        assertEquals("https://t.me/altai_press/" + post + "?comment=" + page.comments().get(0).ref().commentId(),
                page.comments().get(0).url());

        // Telegram repeats an update whose answer it did not get; the inbox holds each update once
        String repeated = "{\"update_id\":" + (Long.parseLong(page.nextCursor()) - 1) + ",\"message\":{}}";
        assertEquals(200, fixture.connector().webhookReceiver().receive(String.valueOf(FakeTelegram.BOT_ID),
                secret(), repeated.getBytes(StandardCharsets.UTF_8)).status());
        assertTrue(read(fixture.connector(), page.nextCursor()).comments().isEmpty());
        assertEquals(page.nextCursor(), read(fixture.connector(), page.nextCursor()).nextCursor());
    }

    @Test
    void aWrongOrMissingSecretIsRefusedAndNothingIsStored() throws Exception {
        long post = telegram.addPost("Пост");
        CommentPage first = read(fixture.connector(), null);
        telegram.addComment(post, "Комментарий");

        assertEquals(List.of(401, 401), telegram.deliverWithSecret("guess"));
        assertEquals(List.of(401, 401), telegram.deliverWithSecret(null));
        assertEquals(2, telegram.pendingUpdates(), "Telegram keeps what was refused");
        assertTrue(read(fixture.connector(), first.nextCursor()).comments().isEmpty());

        telegram.deliverWebhookUpdates();
        assertEquals(1, read(fixture.connector(), first.nextCursor()).comments().size());
    }

    @Test
    void aBotWhoseWebhookThisBundleDidNotSetIsNotServed() {
        WebhookReceiver receiver = fixture.connector().webhookReceiver();
        assertEquals(404, receiver.receive(String.valueOf(FakeTelegram.BOT_ID), "any", "{}".getBytes(
                StandardCharsets.UTF_8)).status());
        assertEquals(404, receiver.receive("../etc", "any", "{}".getBytes(StandardCharsets.UTF_8)).status());
    }

    @Test
    void somethingOtherThanAnUpdateIsRefused() throws ConnectorException {
        read(fixture.connector(), null);
        WebhookReceiver receiver = fixture.connector().webhookReceiver();
        String bot = String.valueOf(FakeTelegram.BOT_ID);
        assertEquals(400, receiver.receive(bot, secret(), "<html>".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(400, receiver.receive(bot, secret(), "{\"message\":{}}".getBytes(StandardCharsets.UTF_8))
                .status());
    }

    @Test
    void whileAWebhookIsSetLongPollingDeletesItAndReadsOn() throws ConnectorException {
        TelegramConnector polling = polling();
        long post = telegram.addPost("Пост");
        telegram.addComment(post, "Комментарий");
        telegram.leaveWebhookSet("https://elsewhere.example/hook");

        List<NetworkComment> comments = read(polling, null).comments();

        assertEquals(List.of("Комментарий"), comments.stream().map(NetworkComment::text).toList());
        assertEquals(1, telegram.calls("deleteWebhook").size());
        assertFalse(telegram.calls("deleteWebhook").get(0).params().get("drop_pending_updates").asBoolean());
        assertEquals("", telegram.webhookUrl());
    }

    @Test
    void turningTheWebhookOffLosesAndRepeatsNothing() throws Exception {
        long post = telegram.addPost("Пост");
        CommentPage first = read(fixture.connector(), null);
        telegram.addComment(post, "Доставлен по webhook");
        telegram.deliverWebhookUpdates();
        telegram.addComment(post, "Ждёт у Telegram");

        TelegramConnector polling = polling();
        CommentPage fromInbox = read(polling, first.nextCursor());
        CommentPage fromTelegram = read(polling, fromInbox.nextCursor());
        CommentPage nothing = read(polling, fromTelegram.nextCursor());

        assertEquals(List.of("Доставлен по webhook"), texts(fromInbox));
        assertEquals(List.of("Ждёт у Telegram"), texts(fromTelegram));
        assertTrue(nothing.comments().isEmpty());
    }

    /** The same bot and inbox directory after the administrator cleared the webhook address. */
    private TelegramConnector polling() {
        return new TelegramConnector(new TelegramSettings(telegram.baseUrl(), 1_000, 1_000, Duration.ofSeconds(5), 0,
                TelegramFixture.UPDATES_PER_READ, ""), Clock.systemUTC(), fixture.webhookDirectory);
    }

    private String secret() {
        return telegram.calls("setWebhook").get(0).params().get("secret_token").asText();
    }

    private CommentPage read(TelegramConnector connector, String cursor) throws ConnectorException {
        return connector.readComments(fixture.account(), fixture.credentials(), cursor);
    }

    private static List<String> texts(CommentPage page) {
        return page.comments().stream().map(NetworkComment::text).toList();
    }
}
