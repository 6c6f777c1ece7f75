package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Takes one update Telegram POSTs to a bot's webhook. Plain code for {@link WebhookServlet} to call.
 *
 * <p>Only a request carrying the secret this bundle gave Telegram for the bot
 * ({@code X-Telegram-Bot-Api-Secret-Token}) is stored; anything else is refused before the body is looked at. 200
 * tells Telegram the update is kept; any other answer makes it send the update again later.
 */
final class WebhookReceiver {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    /** The HTTP answer to give Telegram. */
    record Answer(int status, String body) {

        static final Answer STORED = new Answer(200, "");
        static final Answer NO_WEBHOOK = new Answer(404, "no webhook here");
        static final Answer WRONG_SECRET = new Answer(401, "wrong or missing secret token");
        static final Answer MALFORMED = new Answer(400, "not a Telegram update");
        static final Answer NOT_STORED = new Answer(500, "not stored, send again");
    }

    private final Webhooks webhooks;

    WebhookReceiver(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** @param botId the path's last segment; {@code secret} the header's value or {@code null} */
    Answer receive(String botId, String secret, byte[] body) {
        if (botId == null || !botId.matches("\\d+")) {
            return Answer.NO_WEBHOOK;
        }
        Optional<byte[]> expected = webhooks.secretOf(botId);
        if (expected.isEmpty()) {
            return Answer.NO_WEBHOOK;
        }
        // constant time, so that the answer's timing tells nothing about the secret
        if (secret == null || !MessageDigest.isEqual(expected.get(), secret.getBytes(StandardCharsets.UTF_8))) {
            return Answer.WRONG_SECRET;
        }
        JsonNode update;
        try {
            update = BotApi.JSON.readTree(body);
        } catch (IOException notJson) {
            return Answer.MALFORMED;
        }
        if (update == null || !update.isObject() || !update.path("update_id").canConvertToLong()) {
            return Answer.MALFORMED;
        }
        try {
            webhooks.inbox(botId).add(update);
        } catch (IOException | RuntimeException notKept) {
            return Answer.NOT_STORED;
        }
        return Answer.STORED;
    }
}
