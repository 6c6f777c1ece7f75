package org.socialdesk.connector.telegram.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake refuses what Telegram would refuse, so that a connector sending it fails its tests. */
class FakeTelegramTest {

    private final FakeTelegram telegram = start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        telegram.close();
    }

    @Test
    void aMissingRequiredParameterIsRefusedAndKept() throws Exception {
        HttpResponse<String> answer = call("sendMessage", "{\"chat_id\":\"@altai_press\"}");
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("\"ok\":false"), answer.body());
        assertTrue(telegram.violations().get(0).contains("required parameter text"), telegram.violations().toString());
    }

    @Test
    void anUndeclaredParameterIsRefused() throws Exception {
        call("sendMessage", "{\"chat_id\":\"@altai_press\",\"text\":\"x\",\"idempotency_key\":\"k\"}");
        assertTrue(telegram.violations().get(0).contains("undeclared parameter idempotency_key"));
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedDownToNestedObjects() throws Exception {
        call("sendMessage", "{\"chat_id\":\"@altai_press\",\"text\":\"x\",\"reply_parameters\":{\"message_id\":\"1\"}}");
        assertTrue(telegram.violations().toString().contains("message_id"), telegram.violations().toString());
    }

    @Test
    void anUnknownMethodIsNotFound() throws Exception {
        assertEquals(404, call("sendTelegram", "{}").statusCode());
    }

    @Test
    void aValidCallIsAnsweredInTheEnvelope() throws Exception {
        HttpResponse<String> answer = call("sendMessage", "{\"chat_id\":\"@altai_press\",\"text\":\"Привет\"}");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().startsWith("{\"ok\":true,\"result\":{\"message_id\":"), answer.body());
        assertEquals(List.of(), telegram.violations());
    }

    @Test
    void aWebhookShowsInItsInfoAndBlocksGetUpdatesUntilDeleted() throws Exception {
        telegram.addChatter("Ждёт доставки");
        assertEquals(200, call("setWebhook", "{\"url\":\"https://socialdesk.example.gov/telegram/webhook/1\","
                + "\"secret_token\":\"s3cret_-token\",\"allowed_updates\":[\"message\"]}").statusCode());
        String info = call("getWebhookInfo", "{}").body();
        assertTrue(info.contains("\"url\":\"https://socialdesk.example.gov/telegram/webhook/1\""), info);
        assertTrue(info.contains("\"pending_update_count\":1"), info);
        HttpResponse<String> conflict = call("getUpdates", "{}");
        assertEquals(409, conflict.statusCode());
        assertTrue(conflict.body().contains("webhook is active"), conflict.body());

        assertEquals(200, call("deleteWebhook", "{\"drop_pending_updates\":false}").statusCode());
        assertTrue(call("getWebhookInfo", "{}").body().contains("\"url\":\"\""));
        assertTrue(call("getUpdates", "{}").body().contains("Ждёт доставки"));
        assertEquals(List.of(), telegram.violations());
    }

    @Test
    void aSecretTokenWithCharactersTelegramRefusesIsRefused() throws Exception {
        assertEquals(400, call("setWebhook", "{\"url\":\"https://socialdesk.example.gov/hook\","
                + "\"secret_token\":\"not allowed!\"}").statusCode());
    }

    private HttpResponse<String> call(String method, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot" + telegram.token() + "/"
                + method)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static FakeTelegram start() {
        try {
            return FakeTelegram.start();
        } catch (IOException unstarted) {
            throw new UncheckedIOException(unstarted);
        }
    }
}
