package org.socialdesk.core.moderation;

import java.time.Instant;
import java.util.List;
import org.socialdesk.core.security.Caller;

/**
 * A comment or message as SocialDesk stored it when it was read from the network, with the classifier's verdict.
 *
 * @param snapshotSha256   hex SHA-256 of the stored snapshot (network, account, post, comment id, author, time,
 *                         URL, text), the evidence that the text is what the network showed
 * @param confidence       0..1, the classifier's confidence in {@code category}
 * @param reasons          matched terms and rules, readable by a moderator
 * @param authorRestricted whether SocialDesk restricted the author on this account because of it
 * @param repliedWith      the reply sent to it, or {@code null}
 * @param deletedBy        who deleted it through SocialDesk ({@code system} for an automatic deletion) while it is
 *                         deleted, else {@code null}
 * @param restorable       whether it is deleted and its network's connector can restore it now
 */
public record QueuedComment(long id, long organisationId, long accountId, String network, String postId,
        String commentId, String authorId, String authorName, String text, Instant createdAt, String url,
        Instant ingestedAt, String snapshotSha256, CommentCategory category, double confidence, List<String> reasons,
        CommentStatus status, boolean authorRestricted, String repliedWith, String deletedBy,
        boolean restorable) {

    public QueuedComment {
        reasons = List.copyOf(reasons);
    }

    /** Whether the system deleted it by an automatic deletion rule, not a person. */
    public boolean deletedAutomatically() {
        return Caller.SYSTEM.username().equals(deletedBy);
    }
}
