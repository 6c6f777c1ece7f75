package org.socialdesk.contentplan.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.ReplyDelivery;

/**
 * Moderation's side of a reply as the content plan relies on it: once a plan item's reply is sent, a second call
 * sends nothing and reports it sent; a refusal is not remembered, so that a retry asks the network again.
 */
final class ModerationReplies implements ReplyDelivery {

    /** Thrown after the reply went out, as if the node died before it heard back. */
    static final class NodeKilled extends Error {
        NodeKilled() {
            super("killed after the reply was sent");
        }
    }

    /** Each reply sent to the network, as "plan item → comment: text (by approver)". */
    private final List<String> sent = new ArrayList<>();
    private final Map<Long, ActionOutcome> delivered = new HashMap<>();
    private String refusal;
    private boolean dieAfterSending;

    /** The network refuses each reply until {@link #accept()}, with this message. */
    synchronized void refuse(String message) {
        refusal = message;
    }

    synchronized void accept() {
        refusal = null;
    }

    /** The next reply is sent, then the node dies before it can record the outcome. */
    synchronized void dieAfterSending() {
        dieAfterSending = true;
    }

    synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    @Override
    public synchronized ActionOutcome deliver(long planItemId, long commentId, String text, String approvedBy) {
        if (delivered.containsKey(planItemId)) {
            return new ActionOutcome(commentId, ActionOutcome.Result.DONE, "Replied already");
        }
        if (refusal != null) {
            return new ActionOutcome(commentId, ActionOutcome.Result.FAILED, refusal);
        }
        sent.add(planItemId + " → " + commentId + ": " + text + " (by " + approvedBy + ")");
        delivered.put(planItemId, new ActionOutcome(commentId, ActionOutcome.Result.DONE, "Replied"));
        if (dieAfterSending) {
            dieAfterSending = false;
            throw new NodeKilled();
        }
        return delivered.get(planItemId);
    }
}
