package org.socialdesk.registry.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.model.AccountVersion;
import org.socialdesk.core.model.FieldChange;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.AccountChangeEntity;
import org.socialdesk.persistence.entity.AccountEntity;

/** Stores each change of an account as its next version and as an audit entry, in the change's transaction. */
final class AccountHistory {

    private final AuditTrail audit;

    AccountHistory(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * Records what changed between {@code before} (from {@link AccountFields#of}) and the account as it is now.
     * Does nothing when nothing changed, so that saving an untouched form leaves no empty version.
     */
    void record(EntityManager em, Caller caller, String action, Map<String, String> before, AccountEntity account) {
        em.flush();
        List<FieldChange> changes = AccountFields.changes(before, AccountFields.of(account));
        if (changes.isEmpty()) {
            return;
        }
        AuditEvent event = AuditEvent.of(caller.username(), account.getOrganisationId(), action, "Account",
                account.getId().toString(), AccountFields.summary(changes));
        // appending locks the audit chain's head until commit, so two changes cannot take the same version number
        audit.append(em, event);
        Integer last = em.createNamedQuery("AccountChange.lastVersion", Integer.class)
                .setParameter("accountId", account.getId()).getSingleResult();
        int version = last == null ? 1 : last + 1;
        for (FieldChange change : changes) {
            em.persist(new AccountChangeEntity(account.getId(), version, event.time(), caller.username(),
                    change.field(), fit(change.before()), fit(change.after())));
        }
    }

    /** The account's versions, newest first. */
    static List<AccountVersion> versions(EntityManager em, long accountId) {
        Map<Integer, List<AccountChangeEntity>> byVersion = new LinkedHashMap<>();
        em.createNamedQuery("AccountChange.byAccount", AccountChangeEntity.class).setParameter("accountId", accountId)
                .getResultStream().forEach(c -> byVersion.computeIfAbsent(c.getVersionNumber(),
                        number -> new ArrayList<>()).add(c));
        List<AccountVersion> versions = new ArrayList<>();
        byVersion.forEach((number, rows) -> {
            AccountChangeEntity first = rows.get(0);
            Instant time = first.getTime();
            versions.add(new AccountVersion(accountId, number, time, first.getActor(), rows.stream()
                    .map(c -> new FieldChange(c.getField(), c.getBefore(), c.getAfter())).toList()));
        });
        return versions;
    }

    private static String fit(String value) {
        return AccountFields.fitted(value, AccountChangeEntity.VALUE_LENGTH);
    }
}
