package org.socialdesk.connector.vk.internal;

import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.Restriction;
import org.socialdesk.connector.RestrictionReason;

/** Deleting and restoring comments, answering them as the community, and banning people from it. */
final class CommunityModeration {

    private final VkApi api;

    CommunityModeration(VkApi api) {
        this.api = api;
    }

    void delete(Community community, VkTokens tokens, CommentRef comment) throws ConnectorException {
        api.call("wall.deleteComment", new VkParams().with("owner_id", community.ownerId())
                .with("comment_id", number(comment.commentId(), "comment")), tokens.user());
    }

    /**
     * wall.restoreComment: VK brings back a comment deleted from the community's wall for a while after the deletion;
     * one that is not deleted is refused (error 243), as is one VK no longer has (104).
     */
    void restore(Community community, VkTokens tokens, CommentRef comment) throws ConnectorException {
        api.call("wall.restoreComment", new VkParams().with("owner_id", community.ownerId())
                .with("comment_id", number(comment.commentId(), "comment")), tokens.user());
    }

    /** Answers as the community, through the community token when the account has one. */
    String reply(Community community, VkTokens tokens, CommentRef comment, String text) throws ConnectorException {
        return api.call("wall.createComment", new VkParams()
                .with("owner_id", community.ownerId())
                .with("post_id", number(comment.postId(), "post"))
                .with("from_group", community.groupId())
                .with("message", text)
                .with("reply_to_comment", number(comment.commentId(), "comment")), tokens.community())
                .path("comment_id").asText();
    }

    /** groups.ban; the comment is shown to the person, since the decree wants restrictions explained. */
    void restrict(Community community, VkTokens tokens, Restriction restriction) throws ConnectorException {
        VkParams ban = new VkParams().with("group_id", community.groupId())
                .with("owner_id", number(restriction.userId(), "user"))
                .with("reason", banReason(restriction.reason()));
        if (restriction.until() != null) {
            ban.with("end_date", restriction.until().getEpochSecond());
        }
        if (restriction.comment() != null && !restriction.comment().isBlank()) {
            ban.with("comment", restriction.comment()).flag("comment_visible", true);
        }
        api.call("groups.ban", ban, tokens.user());
    }

    void lift(Community community, VkTokens tokens, String userId) throws ConnectorException {
        api.call("groups.unban", new VkParams().with("group_id", community.groupId())
                .with("owner_id", number(userId, "user")), tokens.user());
    }

    /** VK's reason codes: 0 other, 1 spam, 2 verbal abuse, 3 strong language, 4 irrelevant messages. */
    static int banReason(RestrictionReason reason) {
        return switch (reason) {
            case SPAM -> 1;
            case INSULT -> 2;
            case OBSCENE -> 3;
            case OFFTOPIC -> 4;
            case ILLEGAL, OTHER -> 0;
        };
    }

    private static long number(String id, String what) throws Rejected {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notVk) {
            throw new Rejected("'" + id + "' is not a VK " + what + " id");
        }
    }
}
