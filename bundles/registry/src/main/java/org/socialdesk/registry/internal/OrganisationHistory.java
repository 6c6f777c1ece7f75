package org.socialdesk.registry.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.model.FieldChange;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationVersion;
import org.socialdesk.core.model.ResponsiblePerson;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.OrganisationChangeEntity;

/** Stores each change of an organisation as its next version and as an audit entry ({@link ChangeVersions}). */
final class OrganisationHistory {

    private final AuditTrail audit;

    OrganisationHistory(AuditTrail audit) {
        this.audit = audit;
    }

    /** Every versioned field by name, {@code null} when empty; {@code null} stands for "not yet created". */
    static Map<String, String> fields(Organisation o) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", o == null ? null : o.name());
        fields.put("shortName", o == null ? null : o.shortName());
        fields.put("kind", o == null ? null : o.kind().name());
        fields.put("parent", o == null || o.parentId() == null ? null : o.parentId().toString());
        fields.put("website", o == null ? null : o.website());
        fields.put("region", o == null ? null : o.region());
        fields.put("timeZone", o == null ? null : o.timeZone().getId());
        fields.put("responsiblePersons", o == null || o.responsiblePersons().isEmpty() ? null
                : o.responsiblePersons().stream().map(OrganisationHistory::person).collect(Collectors.joining("; ")));
        return fields;
    }

    /** Records what changed; nothing when nothing did, so that saving an untouched form leaves no empty version. */
    void record(EntityManager em, Caller caller, String action, Map<String, String> before, Organisation now) {
        List<FieldChange> changes = AccountFields.changes(before, fields(now));
        if (changes.isEmpty()) {
            return;
        }
        AuditEvent event = AuditEvent.of(caller.username(), now.id(), action, "Organisation", now.id().toString(),
                AccountFields.summary(changes));
        ChangeVersions.record(em, audit, event, em.createNamedQuery("OrganisationChange.lastVersion", Integer.class)
                .setParameter("organisationId", now.id()), changes, (version, time, actor, change) ->
                        new OrganisationChangeEntity(now.id(), version, time, actor, change.field(),
                                fit(change.before()), fit(change.after())));
    }

    /** The organisation's versions, newest first. */
    static List<OrganisationVersion> versions(EntityManager em, long organisationId) {
        return ChangeVersions.versions(em.createNamedQuery("OrganisationChange.byOrganisation",
                OrganisationChangeEntity.class).setParameter("organisationId", organisationId).getResultStream(),
                (number, time, actor, changes) -> new OrganisationVersion(organisationId, number, time, actor,
                        changes));
    }

    private static String person(ResponsiblePerson p) {
        StringBuilder text = new StringBuilder(p.name());
        for (String part : new String[] { p.position(), p.phone(), p.email() }) {
            if (part != null) {
                text.append(", ").append(part);
            }
        }
        return text.toString();
    }

    private static String fit(String value) {
        return AccountFields.fitted(value, OrganisationChangeEntity.VALUE_LENGTH);
    }
}
