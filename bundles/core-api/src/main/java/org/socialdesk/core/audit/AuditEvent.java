package org.socialdesk.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit log: who did what to which object, when, in which organisation.
 *
 * @param sequence       position in the hash chain, from 1; {@code 0} for an event not yet appended
 * @param actor          user name, {@code system}, or the name a failed login tried
 * @param organisationId the organisation the object belongs to, or {@code null}
 * @param action         what happened, e.g. {@code ACCOUNT_CREATED}, {@code LOGIN_FAILED}
 * @param objectType     kind of object, e.g. {@code Account}
 * @param objectId       the object's id, or {@code null}
 * @param summary        before/after summary a person can read; never a secret
 */
public record AuditEvent(long sequence, Instant time, String actor, Long organisationId, String action,
        String objectType, String objectId, String summary) {

    public AuditEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        summary = summary == null ? "" : summary;
    }

    /** An event to append now; the log assigns its sequence number. */
    public static AuditEvent of(String actor, Long organisationId, String action, String objectType, String objectId,
            String summary) {
        return new AuditEvent(0, Instant.now(), actor, organisationId, action, objectType, objectId, summary);
    }
}
