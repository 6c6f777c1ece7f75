package org.socialdesk.registry.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.AccountVersion;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OverdueAccount;
import org.socialdesk.core.model.SecurityChecklist;
import org.socialdesk.core.registry.AccountPage;
import org.socialdesk.core.registry.AccountQuery;
import org.socialdesk.core.registry.AccountService;
import org.socialdesk.core.registry.RegistryValidationException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.AccountEntity;

/** The registry of accounts; every check happens here, before anything is written. */
@Component(service = AccountService.class)
public class AccountServiceImpl implements AccountService {

    private final Database database;
    private final AccountHistory history;
    private final OverdueRules overdue;
    private final AccountListing listing;

    /** Overdue checks are counted in the days of the region whose press office keeps the registry. */
    @Activate
    public AccountServiceImpl(@Reference Database database, @Reference AuditTrail audit) {
        this(database, audit, Clock.system(Organisation.ALTAI));
    }

    public AccountServiceImpl(Database database, AuditTrail audit, Clock clock) {
        this.database = database;
        this.history = new AccountHistory(audit);
        this.overdue = new OverdueRules(clock);
        this.listing = new AccountListing(overdue);
    }

    @Override
    public List<Account> listByOrganisation(Caller caller, long organisationId) {
        EditRights.requireSee(caller, organisationId);
        return database.read(em -> em.createNamedQuery("Account.byOrganisation", AccountEntity.class)
                .setParameter("organisationId", organisationId).getResultStream().map(Mapping::account).toList());
    }

    @Override
    public AccountPage list(Caller caller, AccountQuery query) {
        return database.read(em -> listing.page(em, caller, query));
    }

    @Override
    public Account find(Caller caller, long accountId) {
        return database.read(em -> Mapping.account(visible(em, caller, accountId)));
    }

    @Override
    public Account create(Caller caller, Account account) {
        EditRights.requireChangeAccountsOf(caller, account.organisationId());
        if (account.state() == AccountState.ARCHIVED) {
            throw new RegistryValidationException("state", "A new account cannot be archived");
        }
        return database.write(em -> {
            Account accepted = AccountRules.accepted(em, account, null);
            AccountEntity entity = Mapping.entity(accepted);
            Map<String, String> before = AccountFields.of(new AccountEntity());
            em.persist(entity);
            history.record(em, caller, "ACCOUNT_CREATED", before, entity);
            return Mapping.account(entity);
        });
    }

    @Override
    public Account update(Caller caller, Account account) {
        Objects.requireNonNull(account.id(), "id");
        EditRights.requireChangeAccountsOf(caller, account.organisationId());
        return database.write(em -> {
            AccountEntity entity = editable(em, caller, account.id());
            boolean archived = entity.getState() == AccountState.ARCHIVED;
            if (account.state() == AccountState.ARCHIVED && !archived) {
                throw new RegistryValidationException("state", "An account is archived with a reason, by archive");
            }
            Account accepted = AccountRules.accepted(em, withArchiveReason(account,
                    account.state() == AccountState.ARCHIVED ? entity.getArchiveReason() : null), account.id());
            Map<String, String> before = AccountFields.of(entity);
            Mapping.copy(accepted, entity);
            history.record(em, caller, "ACCOUNT_UPDATED", before, entity);
            return Mapping.account(entity);
        });
    }

    @Override
    public Account archive(Caller caller, long accountId, String reason) {
        return database.write(em -> {
            AccountEntity entity = editable(em, caller, accountId);
            String accepted = AccountRules.reason(reason);
            Map<String, String> before = AccountFields.of(entity);
            entity.setState(AccountState.ARCHIVED);
            entity.setArchiveReason(accepted);
            history.record(em, caller, "ACCOUNT_ARCHIVED", before, entity);
            return Mapping.account(entity);
        });
    }

    @Override
    public List<AccountVersion> history(Caller caller, long accountId) {
        return database.read(em -> {
            visible(em, caller, accountId);
            return AccountHistory.versions(em, accountId);
        });
    }

    @Override
    public SecurityChecklist checklist(Caller caller, long accountId) {
        return database.read(em -> Mapping.checklist(visible(em, caller, accountId), tokenStored(em, accountId)));
    }

    @Override
    public SecurityChecklist recordChecklist(Caller caller, long accountId, SecurityChecklist checklist) {
        return database.write(em -> {
            AccountEntity entity = editable(em, caller, accountId);
            Map<String, String> before = AccountFields.of(entity);
            Mapping.copy(AccountRules.accepted(checklist), entity);
            history.record(em, caller, "ACCOUNT_CHECKLIST_RECORDED", before, entity);
            return Mapping.checklist(entity, tokenStored(em, accountId));
        });
    }

    @Override
    public List<OverdueAccount> overdue(Caller caller) {
        return database.read(em -> {
            TypedQuery<AccountEntity> query = em.createQuery("SELECT a FROM AccountEntity a WHERE "
                    + OverdueRules.CONDITION + " ORDER BY a.organisationId, a.title, a.id", AccountEntity.class);
            overdue.bind(query);
            return query.getResultStream().filter(a -> Visibility.canSee(caller, a.getOrganisationId()))
                    .map(a -> new OverdueAccount(Mapping.account(a), overdue.reasons(a))).toList();
        });
    }

    private static Account withArchiveReason(Account a, String reason) {
        return new Account(a.id(), a.organisationId(), a.network(), a.url(), a.networkId(), a.title(), a.state(),
                a.demo(), reason, a.officialMark(), a.weeklyQuotaOverride(), a.appearance(), a.responsibleEditors());
    }

    /** The vault's credentials are the connection token; their presence is all the checklist may know of them. */
    private static boolean tokenStored(EntityManager em, long accountId) {
        return !em.createNamedQuery("Secret.byAccount").setParameter("accountId", accountId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    private static AccountEntity stored(EntityManager em, long accountId) {
        AccountEntity entity = em.find(AccountEntity.class, accountId);
        if (entity == null) {
            throw new NoSuchElementException("Account " + accountId + " does not exist");
        }
        return entity;
    }

    private static AccountEntity visible(EntityManager em, Caller caller, long accountId) {
        AccountEntity entity = stored(em, accountId);
        EditRights.requireSee(caller, entity.getOrganisationId());
        return entity;
    }

    private static AccountEntity editable(EntityManager em, Caller caller, long accountId) {
        AccountEntity entity = stored(em, accountId);
        EditRights.requireChangeAccountsOf(caller, entity.getOrganisationId());
        return entity;
    }
}
