package org.socialdesk.connector.telegram.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.ModerationAction;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.Restriction;
import org.socialdesk.connector.RestrictionReason;
import org.socialdesk.connector.UnsupportedActionException;

/** Moderation in the channel's discussion group, where the comments and their authors are. */
final class GroupModeration {

    /** deleteMessage: "a message can only be deleted if it was sent less than 48 hours ago". */
    static final Duration DELETABLE_FOR = Duration.ofHours(48);

    /** Reasons that remove the author from the group; the others leave them reading, unable to write. */
    private static final List<RestrictionReason> BANNED_FOR = List.of(RestrictionReason.SPAM,
            RestrictionReason.ILLEGAL);

    private static final List<String> PERMISSIONS = List.of("can_send_messages", "can_send_audios",
            "can_send_documents", "can_send_photos", "can_send_videos", "can_send_video_notes", "can_send_voice_notes",
            "can_send_polls", "can_send_other_messages", "can_add_web_page_previews");

    private final BotApi api;
    private final DiscussionGroups groups;
    private final SeenDiscussions seen;
    private final ChatPacing pacing;
    private final Clock clock;

    GroupModeration(BotApi api, DiscussionGroups groups, SeenDiscussions seen, ChatPacing pacing, Clock clock) {
        this.api = api;
        this.groups = groups;
        this.seen = seen;
        this.pacing = pacing;
        this.clock = clock;
    }

    /**
     * Deletes within 48 hours of writing; an older comment is an {@link UnsupportedActionException}, so that the core
     * makes a person's task of it. The age is known for comments read since the bundle started; for others,
     * Telegram's own refusal says the same.
     */
    void delete(Channel channel, BotToken token, CommentRef comment) throws ConnectorException {
        long group = groups.of(channel, token);
        Instant writtenAt = seen.commentWrittenAt(group, comment.commentId()).orElse(null);
        if (writtenAt != null && !clock.instant().isBefore(writtenAt.plus(DELETABLE_FOR))) {
            throw tooOld("was written at " + writtenAt);
        }
        ObjectNode params = BotApi.chatParams(Long.toString(group)).put("message_id", messageId(comment.commentId()));
        try {
            api.call(token, "deleteMessage", params);
        } catch (Rejected refused) {
            if (refused.getMessage().contains("message to delete not found")) {
                return;
            }
            if (refused.getMessage().contains("message can't be deleted")) {
                throw tooOld("is older than Telegram lets a bot delete, or a service message");
            }
            throw refused;
        }
    }

    void restrict(Channel channel, BotToken token, Restriction restriction) throws ConnectorException {
        long group = groups.of(channel, token);
        OptionalLong until = RestrictionTerm.untilDate(restriction.until(), clock.instant());
        ObjectNode params = BotApi.chatParams(Long.toString(group)).put("user_id", userId(restriction.userId()));
        until.ifPresent(date -> params.put("until_date", date));
        if (BANNED_FOR.contains(restriction.reason())) {
            api.call(token, "banChatMember", params.put("revoke_messages", false));
        } else {
            api.call(token, "restrictChatMember", withPermissions(params, false));
        }
    }

    /** Ends a ban or a read-only restriction, whichever the user is under; a user under neither is left alone. */
    void lift(Channel channel, BotToken token, String userId) throws ConnectorException {
        long group = groups.of(channel, token);
        ObjectNode who = BotApi.chatParams(Long.toString(group)).put("user_id", userId(userId));
        String status = api.call(token, "getChatMember", who.deepCopy()).path("status").asText();
        switch (status) {
            case "kicked" -> api.call(token, "unbanChatMember", who.put("only_if_banned", true));
            // Telegram: "pass True for all permissions to lift restrictions from a user"
            case "restricted" -> api.call(token, "restrictChatMember", withPermissions(who, true));
            default -> {
                // not restricted: nothing to lift
            }
        }
    }

    String reply(Channel channel, BotToken token, CommentRef comment, String text) throws ConnectorException {
        if (text.isBlank() || text.length() > ChannelPostRules.TEXT_LENGTH) {
            throw new Rejected("a Telegram reply has 1 to " + ChannelPostRules.TEXT_LENGTH + " characters, not "
                    + text.length());
        }
        long group = groups.of(channel, token);
        ObjectNode params = BotApi.chatParams(Long.toString(group)).put("text", text);
        params.putObject("reply_parameters").put("message_id", messageId(comment.commentId()));
        pacing.awaitTurn(Long.toString(group), true);
        JsonNode message = api.call(token, "sendMessage", params);
        return message.path("message_id").asText();
    }

    private static ObjectNode withPermissions(ObjectNode params, boolean allowed) {
        ObjectNode permissions = params.putObject("permissions");
        PERMISSIONS.forEach(permission -> permissions.put(permission, allowed));
        return params;
    }

    private static UnsupportedActionException tooOld(String why) {
        return new UnsupportedActionException(ModerationAction.DELETE_COMMENT, "Telegram lets a bot delete a comment "
                + "only within 48 hours of its writing; this one " + why + ", so a person must delete it in the "
                + "Telegram app as an administrator of the discussion group");
    }

    private static long messageId(String id) throws Rejected {
        return number(id, "message");
    }

    private static long userId(String id) throws Rejected {
        return number(id, "user");
    }

    private static long number(String id, String what) throws Rejected {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException notTelegrams) {
            throw new Rejected("'" + id + "' is not a Telegram " + what + " id");
        }
    }
}
