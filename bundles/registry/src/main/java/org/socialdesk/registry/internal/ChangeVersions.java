package org.socialdesk.registry.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.model.FieldChange;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.FieldChangeRow;

/**
 * The history of a registry record (an account, an organisation): each change is an audit entry and the record's
 * next numbered version, a row per changed field, written in the change's own transaction.
 */
final class ChangeVersions {

    /** The row that keeps one field's change in a version. */
    interface RowFactory {
        FieldChangeRow row(int version, Instant time, String actor, FieldChange change);
    }

    /** A version as the API shows it. */
    interface VersionFactory<V> {
        V version(int number, Instant time, String actor, List<FieldChange> changes);
    }

    private ChangeVersions() {
    }

    /** @param lastVersion the record's highest version number so far, {@code null} when it has none */
    static void record(EntityManager em, AuditTrail audit, AuditEvent event, TypedQuery<Integer> lastVersion,
            List<FieldChange> changes, RowFactory rows) {
        // appending locks the audit chain's head until commit, so two changes cannot take the same version number
        audit.append(em, event);
        Integer last = lastVersion.getSingleResult();
        int version = last == null ? 1 : last + 1;
        for (FieldChange change : changes) {
            em.persist(rows.row(version, event.time(), event.actor(), change));
        }
    }

    /** @param rows the record's change rows, newest version first */
    static <V> List<V> versions(Stream<? extends FieldChangeRow> rows, VersionFactory<V> versions) {
        Map<Integer, List<FieldChangeRow>> byVersion = new LinkedHashMap<>();
        rows.forEach(row -> byVersion.computeIfAbsent(row.getVersionNumber(), number -> new ArrayList<>()).add(row));
        List<V> found = new ArrayList<>();
        byVersion.forEach((number, changes) -> found.add(versions.version(number, changes.get(0).getTime(),
                changes.get(0).getActor(), changes.stream()
                        .map(c -> new FieldChange(c.getField(), c.getBefore(), c.getAfter())).toList())));
        return found;
    }
}
