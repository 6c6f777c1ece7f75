package org.socialdesk.connector.vk.internal;

import java.time.Instant;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.NetworkComment;

/** What VK's Callback API told about the community, in SocialDesk's words. */
sealed interface CallbackEvent {

    /** {@code wall_reply_new}: a comment arrived, as {@link VkConnector#readComments} would have read it. */
    record CommentArrived(NetworkComment comment) implements CallbackEvent {
    }

    /** {@code wall_reply_delete}: a comment was deleted, by {@code deletedBy} (a moderator or its author). */
    record CommentDeleted(CommentRef comment, String deletedBy) implements CallbackEvent {
    }

    /**
     * {@code user_block}: someone restricted a user in the community, perhaps by hand on vk.com.
     *
     * @param until  end of the restriction, {@code null} for a permanent one
     * @param reason VK's reason code: 0 other, 1 spam, 2 verbal abuse, 3 strong language, 4 irrelevant messages
     */
    record UserRestricted(String userId, String restrictedBy, Instant until, int reason, String comment)
            implements CallbackEvent {
    }

    /**
     * {@code group_officers_edit}: the community's administrators changed; the account security checklist wants to
     * know. Levels: 0 none, 1 moderator, 2 editor, 3 administrator.
     */
    record AdministratorsChanged(String userId, String changedBy, int levelBefore, int levelAfter)
            implements CallbackEvent {
    }
}
