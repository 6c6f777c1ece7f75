package org.socialdesk.connector.telegram.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The bot's administrator rights in the channel and its discussion group, for the registry's security checklist.
 * The connector SPI has no place for them yet ({@link org.socialdesk.connector.AccountCard} describes the page, not
 * the bot); {@link TelegramConnector#readBotRights} reads them.
 */
public record BotRights(String channelStatus, boolean canPostMessages, boolean canEditMessages, String groupStatus,
        boolean canDeleteMessages, boolean canRestrictMembers) {

    /** What the connector needs and the bot lacks, in words for the checklist; empty when all is in place. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!isAdministrator(channelStatus)) {
            missing.add("the bot is not an administrator of the channel (" + channelStatus + ")");
        } else if (!canPostMessages) {
            missing.add("the bot may not post in the channel");
        }
        if (!isAdministrator(groupStatus)) {
            missing.add("the bot is not an administrator of the discussion group (" + groupStatus + ")");
        } else {
            if (!canDeleteMessages) {
                missing.add("the bot may not delete comments in the discussion group");
            }
            if (!canRestrictMembers) {
                missing.add("the bot may not ban or restrict commenters in the discussion group");
            }
        }
        return missing;
    }

    private static boolean isAdministrator(String status) {
        return status.equals("administrator") || status.equals("creator");
    }
}
