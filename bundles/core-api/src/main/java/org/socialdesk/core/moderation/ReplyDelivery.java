package org.socialdesk.core.moderation;

/**
 * Sends a reply whose text the content plan approved (д.7) to the comment it answers. Implemented by moderation and
 * called by the content plan once the approval is committed; a second call for the same plan item sends nothing.
 */
public interface ReplyDelivery {

    /** @param planItemId the approved REPLY item, the key that keeps the reply from being sent twice */
    ActionOutcome deliver(long planItemId, long commentId, String text, String approvedBy);
}
