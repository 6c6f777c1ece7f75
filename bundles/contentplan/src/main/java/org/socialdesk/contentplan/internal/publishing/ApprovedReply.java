package org.socialdesk.contentplan.internal.publishing;

/**
 * A reply to a citizen whose text the content plan approved, as moderation's
 * {@link org.socialdesk.core.moderation.ReplyDelivery} takes it.
 *
 * @param approvedBy who gave the approval that sent it, or asked to retry it; moderation records the reply as theirs
 */
public record ApprovedReply(long planItemId, long commentId, String text, String approvedBy) {
}
