package org.socialdesk.core.registry;

import java.util.List;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.security.Caller;

/** The registry of official accounts. */
public interface AccountService {

    /** Accounts of one organisation that the caller may see. */
    List<Account> listByOrganisation(Caller caller, long organisationId);
}
