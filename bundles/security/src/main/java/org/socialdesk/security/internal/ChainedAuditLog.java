package org.socialdesk.security.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.audit.AuditLog;
import org.socialdesk.core.audit.AuditQuery;
import org.socialdesk.core.audit.AuditVerification;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.AuditEntryEntity;

/** The audit log over the hash chain that {@link AuditTrail} appends to. */
@Component(service = AuditLog.class)
public class ChainedAuditLog implements AuditLog {

    private final Database database;
    private final AuditTrail trail;

    @Activate
    public ChainedAuditLog(@Reference Database database, @Reference AuditTrail trail) {
        this.database = database;
        this.trail = trail;
    }

    @Override
    public List<AuditEvent> find(Caller caller, AuditQuery query) {
        Optional<Set<Long>> scope = readableOrganisations(caller);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        where(conditions, parameters, "e.actor = :actor", "actor", query.actor());
        where(conditions, parameters, "e.organisationId = :organisation", "organisation", query.organisationId());
        where(conditions, parameters, "e.objectType = :objectType", "objectType", query.objectType());
        where(conditions, parameters, "e.objectId = :objectId", "objectId", query.objectId());
        where(conditions, parameters, "e.timeUtcMillis >= :from", "from",
                query.from() == null ? null : query.from().toEpochMilli());
        where(conditions, parameters, "e.timeUtcMillis < :to", "to",
                query.to() == null ? null : query.to().toEpochMilli());
        where(conditions, parameters, "e.organisationId IN :scope", "scope", scope.orElse(null));
        String jpql = "SELECT e FROM AuditEntryEntity e"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY e.sequence DESC";
        return database.read(em -> {
            TypedQuery<AuditEntryEntity> select = em.createQuery(jpql, AuditEntryEntity.class);
            parameters.forEach(select::setParameter);
            if (query.limit() > 0) {
                select.setMaxResults(query.limit());
            }
            return select.getResultStream().map(ChainedAuditLog::event).toList();
        });
    }

    @Override
    public void append(AuditEvent event) {
        database.write(em -> {
            trail.append(em, event);
            return null;
        });
    }

    @Override
    public AuditVerification verify() {
        return new ChainVerification(database, trail.headFile()).run();
    }

    /**
     * Administrators and auditors for all organisations read every entry; an auditor for some organisations reads
     * only theirs (so not logins, which belong to none).
     *
     * @return the organisations whose entries the caller may read, or empty for all entries
     */
    private static Optional<Set<Long>> readableOrganisations(Caller caller) {
        if (caller.has(Role.ADMINISTRATOR)) {
            return Optional.empty();
        }
        Set<Long> audited = caller.roles().get(Role.AUDITOR);
        if (audited == null) {
            throw new AccessDeniedException(caller.username() + " may not read the audit log");
        }
        return audited.isEmpty() ? Optional.empty() : Optional.of(audited);
    }

    private static void where(List<String> conditions, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    private static AuditEvent event(AuditEntryEntity e) {
        return new AuditEvent(e.getSequence(), e.getTime(), e.getActor(), e.getOrganisationId(), e.getAction(),
                e.getObjectType(), e.getObjectId(), e.getSummary());
    }
}
