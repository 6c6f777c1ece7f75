package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.connector.ConnectorException;

/**
 * The channel as Telegram shows it ({@code getChat}), with the bot's rights in the channel and its discussion group
 * ({@code getChatMember}) for the registry's account check.
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
        String botId = api.call(token, "getMe", BotApi.JSON.createObjectNode()).path("id").asText();
        JsonNode inChannel = member(token, channel.chatId(), botId);
        // a channel without a discussion group has no comments: the moderation rights are missing, not unreadable
        JsonNode inGroup = chat.path("linked_chat_id").canConvertToLong()
                ? member(token, Long.toString(groups.learn(channel, chat)), botId)
                : BotApi.JSON.createObjectNode().put("status", "absent: the channel has no linked discussion group");
        BotRights rights = new BotRights(inChannel.path("status").asText(),
                inChannel.path("can_post_messages").asBoolean(), inGroup.path("status").asText(),
                inGroup.path("can_delete_messages").asBoolean(), inGroup.path("can_restrict_members").asBoolean());
        return new AccountCard(chat.path("title").asText(channel.chatId()), chat.path("description").asText(null),
                null, null, false, rights.accessRights());
    }

    private JsonNode member(BotToken token, String chatId, String botId) throws ConnectorException {
        return api.call(token, "getChatMember", BotApi.chatParams(chatId).put("user_id", Long.parseLong(botId)));
    }
}
