package org.socialdesk.core.registry;

import java.util.List;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountVersion;
import org.socialdesk.core.model.OverdueAccount;
import org.socialdesk.core.model.SecurityChecklist;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;

/**
 * The registry of official accounts. Administrators and the press office change every account, editors those of
 * their organisations; everybody else reads what their roles let them see. Every change is stored as a version
 * and audited in the same transaction; a denied or rejected change writes nothing.
 *
 * @throws AccessDeniedException       when the caller's roles do not allow the operation
 * @throws RegistryValidationException when a record is incomplete or contradicts the registry
 */
public interface AccountService {

    /** Accounts of one organisation that the caller may see. */
    List<Account> listByOrganisation(Caller caller, long organisationId);

    /** One page of the accounts the caller may see that match the query. */
    AccountPage list(Caller caller, AccountQuery query);

    /** The account, which the caller must be allowed to see. */
    Account find(Caller caller, long accountId);

    /** Stores a new account ({@code id} is ignored) and returns it with its id. */
    Account create(Caller caller, Account account);

    /** Replaces the stored account with the same id; archiving goes through {@link #archive}. */
    Account update(Caller caller, Account account);

    /** Takes the account out of use, keeping it and its history. */
    Account archive(Caller caller, long accountId, String reason);

    /** The account's versions, newest first. */
    List<AccountVersion> history(Caller caller, long accountId);

    /** The account's security checks. */
    SecurityChecklist checklist(Caller caller, long accountId);

    /** Records the account's security checks; {@link SecurityChecklist#tokenStored()} is ignored. */
    SecurityChecklist recordChecklist(Caller caller, long accountId, SecurityChecklist checklist);

    /** Active accounts the caller may see with overdue security checks, and why each is overdue. */
    List<OverdueAccount> overdue(Caller caller);
}
