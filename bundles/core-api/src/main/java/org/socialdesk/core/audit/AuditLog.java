package org.socialdesk.core.audit;

import java.util.List;
import org.socialdesk.core.security.Caller;

/** The append-only, hash-chained record of everything done in SocialDesk. */
public interface AuditLog {

    /** Entries matching the query, newest first; only administrators and auditors may read the log. */
    List<AuditEvent> find(Caller caller, AuditQuery query);

    /** Appends one event in a transaction of its own (e.g. a failed login, which writes nothing else). */
    void append(AuditEvent event);

    /** Walks the whole chain and the head recorded outside the database. */
    AuditVerification verify();
}
