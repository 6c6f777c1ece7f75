package org.socialdesk.connector.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.telegram.fake.FakeTelegram;
import org.socialdesk.connector.testkit.ServletPost;

/** The servlet passes the bot id from the path, the secret header and the body to the receiver, and its answer back. */
class WebhookServletTest {

    private static final String BOT = String.valueOf(FakeTelegram.BOT_ID);

    @TempDir
    Path directory;

    private FakeTelegram telegram;
    private Webhooks webhooks;
    private String secret;

    @BeforeEach
    void setWebhook() throws IOException, ConnectorException {
        telegram = FakeTelegram.start();
        webhooks = new Webhooks("https://socialdesk.example.gov/", directory);
        webhooks.ensureSet(new BotApi(HttpClient.newHttpClient(), telegram.baseUrl(), Duration.ofSeconds(5)),
                new BotToken(telegram.token()));
        secret = telegram.calls("setWebhook").get(0).params().get("secret_token").asText();
    }

    @AfterEach
    void close() {
        telegram.close();
    }

    @Test
    void anUpdateWithTheSecretIsStored() throws IOException {
        ServletPost.Answer answer = post("/" + BOT, secret, "{\"update_id\":5,\"message\":{}}");
        assertEquals(200, answer.status());
        assertEquals(1, webhooks.inbox(BOT).from(0, 10, Duration.ZERO).size());
    }

    @Test
    void aWrongSecretIsRefusedWithItsReason() throws IOException {
        ServletPost.Answer answer = post("/" + BOT, "guess", "{\"update_id\":5}");
        assertEquals(401, answer.status());
        assertEquals("wrong or missing secret token", answer.body());
        assertEquals(0, webhooks.inbox(BOT).from(0, 10, Duration.ZERO).size());
    }

    @Test
    void aBodyFarLargerThanAnUpdateIsRefused() throws IOException {
        String huge = "{\"update_id\":5,\"message\":{\"text\":\"" + "x".repeat(1 << 20) + "\"}}";
        assertEquals(400, post("/" + BOT, secret, huge).status());
    }

    private ServletPost.Answer post(String pathInfo, String secretHeader, String body) throws IOException {
        Map<String, String> headers = secretHeader == null ? Map.of()
                : Map.of(WebhookReceiver.SECRET_HEADER, secretHeader);
        return ServletPost.post(new WebhookServlet(new WebhookReceiver(webhooks)), pathInfo, headers, body);
    }
}
