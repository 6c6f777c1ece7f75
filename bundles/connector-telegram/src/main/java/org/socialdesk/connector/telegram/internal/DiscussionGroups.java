package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Rejected;

/**
 * The discussion group linked to each channel, where Telegram keeps the channel's comments. Read from the channel's
 * own {@code getChat} answer ({@code linked_chat_id}) rather than kept as a registry setting, so it cannot go out of
 * step with Telegram; remembered until the next account card read, because every comment call needs it.
 */
final class DiscussionGroups {

    private final BotApi api;
    private final Map<String, Long> linked = new ConcurrentHashMap<>();

    DiscussionGroups(BotApi api) {
        this.api = api;
    }

    long of(Channel channel, BotToken token) throws ConnectorException {
        Long known = linked.get(channel.chatId());
        return known != null ? known : learn(channel, api.call(token, "getChat", BotApi.chatParams(channel.chatId())));
    }

    /** Takes the group from a getChat answer about the channel, read for whatever reason. */
    long learn(Channel channel, JsonNode chat) throws Rejected {
        JsonNode group = chat.path("linked_chat_id");
        if (!group.canConvertToLong()) {
            linked.remove(channel.chatId());
            throw new Rejected("the channel " + channel.chatId() + " has no linked discussion group, so it has no "
                    + "comments; link one in the channel's settings and make the bot its administrator");
        }
        linked.put(channel.chatId(), group.asLong());
        return group.asLong();
    }
}
