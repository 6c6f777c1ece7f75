package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.socialdesk.connector.ConnectorException;

/**
 * The bots' webhooks: where Telegram is to POST each bot's updates ({@code <public base>/telegram/webhook/<bot id>}),
 * the secret it must send along, and the {@link WebhookInbox} the updates wait in.
 *
 * <p>The connector holds no token between calls, so a bot's webhook is set by the first comment read after the
 * bundle starts, with a fresh secret; until then Telegram's deliveries are refused and Telegram keeps the updates and
 * tries again later.
 */
final class Webhooks {

    /** The servlet context's path under the HTTP service's root, and the servlet's below it. */
    static final String CONTEXT_PATH = "/telegram";
    static final String SERVLET_PATH = "/webhook";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String publicBase;
    private final Path directory;
    private final Map<String, WebhookInbox> inboxes = new ConcurrentHashMap<>();
    private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();
    private final Set<String> set = ConcurrentHashMap.newKeySet();

    /**
     * @param publicBase this SocialDesk's address as Telegram reaches it, or {@code null} when comments are read by
     *                   long polling
     * @param directory  where the inboxes are kept
     */
    Webhooks(String publicBase, Path directory) {
        this.publicBase = publicBase == null || publicBase.isBlank() ? null : publicBase.replaceAll("/+$", "");
        this.directory = directory;
    }

    boolean enabled() {
        return publicBase != null;
    }

    String url(String botId) {
        return publicBase + CONTEXT_PATH + SERVLET_PATH + "/" + botId;
    }

    /** Sets the bot's webhook unless this bundle did so already. */
    void ensureSet(BotApi api, BotToken token) throws ConnectorException {
        String bot = token.botId();
        if (set.contains(bot)) {
            return;
        }
        // known before Telegram is told, since Telegram may deliver before it answers
        byte[] secret = secrets.computeIfAbsent(bot, unused -> newSecret());
        ObjectNode params = BotApi.JSON.createObjectNode().put("url", url(bot))
                .put("secret_token", new String(secret, StandardCharsets.US_ASCII));
        params.putArray("allowed_updates").add("message");
        api.call(token, "setWebhook", params);
        set.add(bot);
    }

    /** The secret Telegram sends with the bot's updates, if this bundle set its webhook. */
    Optional<byte[]> secretOf(String botId) {
        return Optional.ofNullable(secrets.get(botId));
    }

    WebhookInbox inbox(String botId) {
        return inboxes.computeIfAbsent(botId, bot -> WebhookInbox.open(file(bot)));
    }

    /** The bot's inbox if one was ever kept, e.g. before the webhook was turned off: its updates are still owed. */
    Optional<WebhookInbox> existingInbox(String botId) {
        return inboxes.containsKey(botId) || Files.exists(file(botId)) ? Optional.of(inbox(botId)) : Optional.empty();
    }

    private Path file(String botId) {
        if (!botId.matches("\\d+")) {
            throw new IllegalArgumentException("not a bot id: " + botId);
        }
        return directory.resolve("telegram-webhook-" + botId + ".jsonl");
    }

    /** 256 bits in the characters Telegram allows in a secret token (A-Z, a-z, 0-9, _ and -). */
    private static byte[] newSecret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encode(random);
    }
}
