package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.connector.ConnectorException;

/**
 * The channel as Telegram shows it ({@code getChat}), and the bot's rights in it ({@code getChatMember}).
 *
 * <p>The card has no avatar address: a bot reaches the channel's photo only through getFile, whose download address
 * carries the bot token, and a card is shown to people. Telegram's Bot API exposes no verification mark for chats.
 */
final class ChannelCard {

    private final BotApi api;
    private final DiscussionGroups groups;

    ChannelCard(BotApi api, DiscussionGroups groups) {
        this.api = api;
        this.groups = groups;
    }

    AccountCard read(Channel channel, BotToken token) throws ConnectorException {
        JsonNode chat = api.call(token, "getChat", BotApi.chatParams(channel.chatId()));
        if (chat.path("linked_chat_id").canConvertToLong()) {
            groups.learn(channel, chat);
        }
        return new AccountCard(chat.path("title").asText(channel.chatId()), chat.path("description").asText(null),
                null, null, false);
    }

    BotRights rights(Channel channel, BotToken token) throws ConnectorException {
        String botId = api.call(token, "getMe", BotApi.JSON.createObjectNode()).path("id").asText();
        JsonNode inChannel = member(token, channel.chatId(), botId);
        JsonNode inGroup = member(token, Long.toString(groups.of(channel, token)), botId);
        return new BotRights(inChannel.path("status").asText(), inChannel.path("can_post_messages").asBoolean(),
                inChannel.path("can_edit_messages").asBoolean(), inGroup.path("status").asText(),
                inGroup.path("can_delete_messages").asBoolean(), inGroup.path("can_restrict_members").asBoolean());
    }

    private JsonNode member(BotToken token, String chatId, String botId) throws ConnectorException {
        return api.call(token, "getChatMember", BotApi.chatParams(chatId).put("user_id", Long.parseLong(botId)));
    }
}
