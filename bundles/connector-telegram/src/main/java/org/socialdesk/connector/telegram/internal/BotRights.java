package org.socialdesk.connector.telegram.internal;

import java.util.List;
import org.socialdesk.connector.AccessRight;
import org.socialdesk.core.registry.AccountRight;

/**
 * The bot's administrator rights in the channel and its discussion group ({@code getChatMember}), as the rights
 * SocialDesk needs: posting in the channel, deleting comments and restricting commenters in the group.
 */
record BotRights(String channelStatus, boolean canPostMessages, String groupStatus, boolean canDeleteMessages,
        boolean canRestrictMembers) {

    List<AccessRight> accessRights() {
        return List.of(
                right(AccountRight.PUBLISH, channelStatus, "channel", canPostMessages,
                        "the bot may not post in the channel"),
                right(AccountRight.DELETE_COMMENTS, groupStatus, "discussion group", canDeleteMessages,
                        "the bot may not delete comments in the discussion group"),
                right(AccountRight.RESTRICT_USERS, groupStatus, "discussion group", canRestrictMembers,
                        "the bot may not ban or restrict commenters in the discussion group"));
    }

    private static AccessRight right(AccountRight right, String status, String chat, boolean granted,
            String withheld) {
        if (!isAdministrator(status)) {
            return new AccessRight(right, false,
                    "the bot is not an administrator of the " + chat + " (" + status + ")");
        }
        // the creator holds every right; Telegram names the flags only for administrators
        return status.equals("creator") || granted ? new AccessRight(right, true, null)
                : new AccessRight(right, false, withheld);
    }

    private static boolean isAdministrator(String status) {
        return status.equals("administrator") || status.equals("creator");
    }
}
