package org.socialdesk.registry.internal;

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
        ChangeVersions.record(em, audit, event, em.createNamedQuery("AccountChange.lastVersion", Integer.class)
                .setParameter("accountId", account.getId()), changes, (version, time, actor, change) ->
                        new AccountChangeEntity(account.getId(), version, time, actor, change.field(),
                                fit(change.before()), fit(change.after())));
    }

    /** The account's versions, newest first. */
    static List<AccountVersion> versions(EntityManager em, long accountId) {
        return ChangeVersions.versions(em.createNamedQuery("AccountChange.byAccount", AccountChangeEntity.class)
                .setParameter("accountId", accountId).getResultStream(),
                (number, time, actor, changes) -> new AccountVersion(accountId, number, time, actor, changes));
    }

    private static String fit(String value) {
        return AccountFields.fitted(value, AccountChangeEntity.VALUE_LENGTH);
    }
}
