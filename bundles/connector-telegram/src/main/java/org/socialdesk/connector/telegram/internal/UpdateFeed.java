package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;

/**
 * A bot's updates from an {@code update_id} on, as getUpdates answers them: from Telegram by long polling, or from
 * the {@link WebhookInbox} the webhook fills. Update ids run on across both, so one cursor serves either way and a
 * change of configuration loses and repeats nothing: updates held in an inbox are read before polling resumes, and
 * updates Telegram still holds go to whichever way is set next.
 *
 * <p>Telegram answers one getUpdates per bot at a time and ends the other with 409, so a bot's calls wait for each
 * other here; a long poll holds its bot's turn for its whole wait.
 */
final class UpdateFeed {

    /** getUpdates' largest page. */
    private static final int MOST_UPDATES = 100;

    private final BotApi api;
    private final Webhooks webhooks;
    private final Map<String, Object> turns = new ConcurrentHashMap<>();

    UpdateFeed(BotApi api, Webhooks webhooks) {
        this.api = api;
        this.webhooks = webhooks;
    }

    ArrayNode from(BotToken token, long offset, int limit, int pollSeconds) throws ConnectorException {
        String bot = token.botId();
        if (webhooks.enabled()) {
            WebhookInbox inbox = webhooks.inbox(bot);
            confirm(inbox, offset);
            webhooks.ensureSet(api, token);
            return inbox.from(offset, limit, Duration.ofSeconds(pollSeconds));
        }
        Optional<WebhookInbox> left = webhooks.existingInbox(bot);
        if (left.isPresent()) {
            confirm(left.get(), offset);
            ArrayNode held = left.get().from(offset, limit, Duration.ZERO);
            if (!held.isEmpty()) {
                return held;
            }
        }
        return poll(token, offset, limit, pollSeconds);
    }

    /**
     * The bot's updates still held, read without confirming any: those in an inbox, and, while polling, the first
     * hundred Telegram holds (getUpdates without an offset confirms nothing).
     */
    ArrayNode peek(BotToken token) throws ConnectorException {
        String bot = token.botId();
        ArrayNode held = BotApi.JSON.createArrayNode();
        Optional<WebhookInbox> inbox = webhooks.enabled() ? Optional.of(webhooks.inbox(bot))
                : webhooks.existingInbox(bot);
        inbox.ifPresent(kept -> held.addAll(kept.from(UpdateCursor.START, Integer.MAX_VALUE, Duration.ZERO)));
        if (!webhooks.enabled()) {
            held.addAll(poll(token, UpdateCursor.START, MOST_UPDATES, 0));
        }
        return held;
    }

    private ArrayNode poll(BotToken token, long offset, int limit, int pollSeconds) throws ConnectorException {
        synchronized (turns.computeIfAbsent(token.botId(), bot -> new Object())) {
            return pollInTurn(token, offset, limit, pollSeconds);
        }
    }

    private ArrayNode pollInTurn(BotToken token, long offset, int limit, int pollSeconds)
            throws ConnectorException {
        ObjectNode params = BotApi.JSON.createObjectNode().put("limit", limit).put("timeout", pollSeconds);
        if (offset > UpdateCursor.START) {
            params.put("offset", offset);
        }
        params.putArray("allowed_updates").add("message");
        Duration wait = Duration.ofSeconds(pollSeconds).plus(api.timeout());
        JsonNode updates;
        try {
            updates = api.call(token, "getUpdates", params, wait);
        } catch (Rejected refused) {
            if (!isWebhookConflict(refused)) {
                throw refused;
            }
            // a webhook is still set (this connector's before it was turned off, or another program's): Telegram
            // answers getUpdates only without one, and keeps the pending updates for getUpdates when it goes
            api.call(token, "deleteWebhook", BotApi.JSON.createObjectNode().put("drop_pending_updates", false));
            updates = api.call(token, "getUpdates", params, wait);
        }
        return updates.isArray() ? (ArrayNode) updates : BotApi.JSON.createArrayNode();
    }

    /** Telegram's 409 for getUpdates while a webhook is set; its other 409, a competing getUpdates, is not this. */
    private static boolean isWebhookConflict(Rejected refused) {
        return refused.getMessage().contains("Conflict") && refused.getMessage().contains("webhook");
    }

    private static void confirm(WebhookInbox inbox, long offset) throws TransientFailure {
        try {
            inbox.confirm(offset);
        } catch (IOException unwritable) {
            throw new TransientFailure("cannot update the Telegram webhook inbox: " + unwritable.getMessage());
        }
    }
}
