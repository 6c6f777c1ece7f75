package org.socialdesk.contentplan.internal.publishing;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.ReplyDelivery;
import org.socialdesk.persistence.entity.PublicationEntity;

/**
 * Delivers the outbox rows of approved replies through moderation's {@link ReplyDelivery}, under the engine's lease
 * discipline: the row is claimed, the start of the call is committed, and the outcome is recorded afterwards, each in
 * a transaction of its own. Moderation sends nothing on a second call for the same plan item and reports what the
 * first one did, so a node that finds a row whose call was started (after a crash, a timeout or a failure) just calls
 * again: a crash at any point neither loses the reply nor sends it twice.
 */
final class ReplyCourier {

    private static final String MODERATION_NOT_RUNNING = "Replies cannot be sent: the moderation module is not running";

    private static final Logger LOG = LoggerFactory.getLogger(ReplyCourier.class);

    private final Outbox outbox;
    private final PublishingSettings settings;
    private final Clock clock;
    private final AtomicReference<ReplyDelivery> moderation = new AtomicReference<>();

    ReplyCourier(Outbox outbox, PublishingSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    void moderationStarted(ReplyDelivery delivery) {
        moderation.set(delivery);
    }

    void moderationStopped(ReplyDelivery delivery) {
        moderation.compareAndSet(delivery, null);
    }

    /** Delivers the claimed row's reply, or reschedules it, or leaves it for a person, as a post would be. */
    void deliver(PublicationEntity row, ApprovedReply reply) {
        ReplyDelivery delivery = moderation.get();
        if (delivery == null) {
            if (clock.instant().isBefore(row.getDue().plus(PublishingEngine.CONNECTOR_GRACE))) {
                // moderation registers a moment after the content plan when Karaf starts, or comes back after an update
                outbox.retryAt(row, clock.instant().plus(PublishingEngine.CONNECTOR_RECHECK),
                        MODERATION_NOT_RUNNING + " yet");
            } else {
                outbox.needsPerson(row, MODERATION_NOT_RUNNING);
            }
            return;
        }
        if (!row.isCallStarted() && !outbox.callStarting(row)) {
            return;
        }
        ActionOutcome outcome;
        try {
            outcome = delivery.deliver(reply.planItemId(), reply.commentId(), reply.text(), reply.approvedBy());
        } catch (RuntimeException | LinkageError e) {
            // whether the reply went out is unknown; moderation answers the next call from what it recorded
            LOG.error("Delivering the reply of plan item {} failed unexpectedly", reply.planItemId(), e);
            outbox.retryAt(row, clock.instant().plus(settings.backoff(row.getAttempts())),
                    "The moderation module failed: " + e.getMessage());
            return;
        }
        if (outcome.result() == ActionOutcome.Result.DONE) {
            outbox.delivered(row, outcome.message());
        } else {
            // moderation's answer is final: the network refused, or a person replies by hand through a manual task
            outbox.needsPerson(row, outcome.result() + ": " + outcome.message());
        }
    }
}
