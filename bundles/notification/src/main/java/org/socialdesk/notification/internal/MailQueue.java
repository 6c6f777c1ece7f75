package org.socialdesk.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.socialdesk.persistence.entity.MailOutboxEntity;

/** What the mail outbox holds, for the operator's console: nothing else shows mail that did not go out. */
interface MailQueue {

    /** A mail that has not gone out although it was tried, or that never will. */
    record Trouble(long id, String recipient, String subject, MailOutboxEntity.State state, int attempts,
            Instant nextAttempt, String lastError) {
    }

    /** How many mails are in each state. */
    Map<MailOutboxEntity.State, Long> counts();

    /** The newest mails that failed at least once or were given up, newest first. */
    List<Trouble> troubles(int limit);
}
