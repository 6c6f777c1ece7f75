package org.socialdesk.core.audit;

import java.time.Instant;

/**
 * Filters for reading the audit log; {@code null} fields do not filter.
 *
 * @param from  inclusive
 * @param to    exclusive
 * @param limit most entries to return, newest first
 */
public record AuditQuery(String actor, Long organisationId, String objectType, String objectId, Instant from,
        Instant to, int limit) {

    public static AuditQuery newest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, limit);
    }
}
